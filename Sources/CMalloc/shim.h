// glibc's allocator tuning (mallopt), for the CLI's AllocatorTuning.
#if defined(__linux__)
#include <malloc.h>
#endif
