// OpenCC (Open Chinese Convert), Debian's libopencc-dev: the traditional → simplified converter
// the extractor matches traditional pages with. Nothing to shim: the C API imports as it is.
#include <opencc/opencc.h>
