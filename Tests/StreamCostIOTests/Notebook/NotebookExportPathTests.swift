import Testing

@testable import StreamCostIO

/// `export notebook --run` names its default folder after the scenario: the name is made one safe
/// path component, so `../../x` cannot write outside `notebooks-export/` (the case).
struct NotebookExportPathTests {
  @Test func aTraversingNameStaysInsideTheExportFolder() {
    #expect(NotebookExport.defaultFolder(scenario: "../../x") == "notebooks-export/_.._.._x")
    #expect(NotebookExport.defaultFolder(scenario: "/etc/passwd") == "notebooks-export/_etc_passwd")
    #expect(NotebookExport.defaultFolder(scenario: "..") == "notebooks-export/_..")
    #expect(NotebookExport.defaultFolder(scenario: "telco-c360-feeds") == "notebooks-export/telco-c360-feeds")
  }

  @Test func controlCharactersAndEmptyNames() {
    #expect(NotebookExport.safeComponent("a\u{1B}[31m\nb") == "a__31m_b")
    #expect(NotebookExport.safeComponent("") == "run")
    #expect(NotebookExport.safeComponent(String(repeating: "x", count: 300)).count == NotebookExport.longestComponent)
  }
}
