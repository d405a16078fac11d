#include <curl/curl.h>
/* curl_easy_setopt is variadic: Swift cannot call it. One typed wrapper per argument kind. */
static inline CURLcode zb_curl_setopt_long(CURL *c, CURLoption o, long v) { return curl_easy_setopt(c, o, v); }
static inline CURLcode zb_curl_setopt_string(CURL *c, CURLoption o, const char *v) { return curl_easy_setopt(c, o, v); }
static inline CURLcode zb_curl_setopt_pointer(CURL *c, CURLoption o, void *v) { return curl_easy_setopt(c, o, v); }
static inline CURLcode zb_curl_setopt_slist(CURL *c, CURLoption o, struct curl_slist *v) { return curl_easy_setopt(c, o, v); }
static inline CURLcode zb_curl_setopt_readfn(CURL *c, size_t (*f)(char *, size_t, size_t, void *)) { return curl_easy_setopt(c, CURLOPT_READFUNCTION, f); }
static inline CURLcode zb_curl_setopt_debugfn(CURL *c, int (*f)(CURL *, curl_infotype, char *, size_t, void *)) { return curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, f); }
