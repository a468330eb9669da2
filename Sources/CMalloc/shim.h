// glibc's allocator tuning (mallopt), for the CLI's AllocatorTuning.
#if defined(__linux__) && __has_include(<malloc.h>)
#include <malloc.h>
#endif
