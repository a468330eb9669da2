import GRDB

/// The ledger's tables, as versioned GRDB migrations.
///
/// A migration is never edited once released: a schema change is a new
/// migration appended here. A ledger that holds a migration this list does not
/// know was written by a newer StreamCost and is refused.
enum LedgerSchema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-runs") { db in
      try db.create(table: "run") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("recorded_at", .text).notNull()
        t.column("tool_version", .text).notNull()
        t.column("scenario_name", .text).notNull()
        t.column("scenario_file", .text).notNull()
        t.column("scenario_text", .text).notNull()
        t.column("scenario_sha256", .text).notNull()
        t.column("price_book_path", .text).notNull()
        t.column("price_book_label", .text).notNull()
        t.column("price_book_version", .text).notNull()
        t.column("price_book_sha256", .text).notNull()
        t.column("price_book_json", .text).notNull()
        t.column("currency", .text).notNull()
        t.column("comparison_json", .text).notNull()
      }
      try db.create(table: "summary") { t in
        t.column("run_id", .integer).notNull().references("run", onDelete: .cascade)
        t.column("architecture", .text).notNull()
        t.column("category", .text).notNull()
        t.column("monthly_cost", .text).notNull()
        t.primaryKey(["run_id", "architecture", "category"])
      }
      try db.create(table: "line_item") { t in
        t.column("run_id", .integer).notNull().references("run", onDelete: .cascade)
        t.column("position", .integer).notNull()
        t.column("architecture", .text).notNull()
        t.column("category", .text).notNull()
        t.column("description", .text).notNull()
        t.column("quantity", .text).notNull()
        t.column("unit", .text).notNull()
        t.column("unit_price", .text).notNull()
        t.column("cost", .text).notNull()
        t.column("price_row", .text).notNull()
        t.column("assumption", .text).notNull()
        t.primaryKey(["run_id", "position"])
      }
      try db.create(table: "assumption") { t in
        t.column("run_id", .integer).notNull().references("run", onDelete: .cascade)
        t.column("position", .integer).notNull()
        t.column("architecture", .text).notNull()
        t.column("name", .text).notNull()
        t.column("value", .text).notNull()
        t.column("unit", .text).notNull()
        t.column("origin", .text).notNull()
        t.column("uncertain", .boolean).notNull()
        t.column("source", .text).notNull()
        t.primaryKey(["run_id", "position"])
      }
    }
    migrator.registerMigration("v2-scaling-events") { db in
      try db.create(table: "scaling_event") { t in
        t.column("run_id", .integer).notNull().references("run", onDelete: .cascade)
        t.column("position", .integer).notNull()
        t.column("architecture", .text).notNull()
        t.column("offset_s", .double).notNull()
        t.column("reason", .text).notNull()
        t.column("before", .integer).notNull()
        t.column("after", .integer).notNull()
        t.column("bytes_moved", .double).notNull()
        t.column("duration_s", .double).notNull()
        t.column("cross_az_bytes", .double).notNull()
        t.column("cross_az_cost", .text).notNull()
        t.column("hours_short", .double).notNull()
        t.primaryKey(["run_id", "position"])
      }
    }
    migrator.registerMigration("v3-series-files") { db in
      try db.create(table: "series_file") { t in
        t.column("run_id", .integer).notNull().references("run", onDelete: .cascade)
        t.column("path", .text).notNull()
        t.column("sha256", .text).notNull()
        t.column("text", .text).notNull()
        t.primaryKey(["run_id", "path"])
      }
    }
    migrator.registerMigration("v4-uncertainty-runs") { db in
      // The seed is a UInt64, kept as its decimal text: SQLite's integers are signed 64-bit.
      try db.create(table: "uncertainty") { t in
        t.column("run_id", .integer).notNull().primaryKey().references("run", onDelete: .cascade)
        t.column("seed", .text).notNull()
        t.column("samples", .integer).notNull()
        t.column("requested_samples", .integer).notNull()
        t.column("precision", .double).notNull()
        t.column("short_hours", .double).notNull()
        t.column("converged", .boolean).notNull()
      }
      try db.create(table: "uncertainty_file") { t in
        t.column("run_id", .integer).notNull().references("run", onDelete: .cascade)
        t.column("name", .text).notNull()
        t.column("text", .text).notNull()
        t.primaryKey(["run_id", "name"])
      }
    }
    return migrator
  }
}
