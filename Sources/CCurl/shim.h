#include <curl/curl.h>
/* Only what Swift cannot import from <curl/curl.h>; everything else is called directly. */

/* curl_easy_setopt is variadic: Swift cannot call it. One typed wrapper per argument kind. */
static inline CURLcode zb_curl_setopt_long(CURL *c, CURLoption o, long v) { return curl_easy_setopt(c, o, v); }
static inline CURLcode zb_curl_setopt_string(CURL *c, CURLoption o, const char *v) { return curl_easy_setopt(c, o, v); }
static inline CURLcode zb_curl_setopt_pointer(CURL *c, CURLoption o, void *v) { return curl_easy_setopt(c, o, v); }
static inline CURLcode zb_curl_setopt_slist(CURL *c, CURLoption o, struct curl_slist *v) { return curl_easy_setopt(c, o, v); }
static inline CURLcode zb_curl_setopt_readfn(CURL *c, size_t (*f)(char *, size_t, size_t, void *)) { return curl_easy_setopt(c, CURLOPT_READFUNCTION, f); }
static inline CURLcode zb_curl_setopt_debugfn(CURL *c, int (*f)(CURL *, curl_infotype, char *, size_t, void *)) { return curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, f); }
/* CURLOPT_INFILESIZE_LARGE takes a curl_off_t, which must not go through the `long` wrapper on
   platforms where the two differ. */
static inline CURLcode zb_curl_setopt_off(CURL *c, CURLoption o, curl_off_t v) { return curl_easy_setopt(c, o, v); }

/* curl_easy_getinfo is variadic too. */
static inline CURLcode zb_curl_getinfo_long(CURL *c, CURLINFO i, long *v) { return curl_easy_getinfo(c, i, v); }

/* The option that lets a transfer go on when some RCPT TO are refused changed its name:
   CURLOPT_MAIL_RCPT_ALLLOWFAILS (7.69, three Ls; Debian 12 ships 7.88) became
   CURLOPT_MAIL_RCPT_ALLOWFAILS in 8.2. Only the preprocessor can tell which exists.
   Returns the option, or 0 when this libcurl has neither. */
static inline int zb_curl_opt_rcpt_allowfails(void) {
#if LIBCURL_VERSION_NUM >= 0x080200
    return (int)CURLOPT_MAIL_RCPT_ALLOWFAILS;
#elif LIBCURL_VERSION_NUM >= 0x074500
    return (int)CURLOPT_MAIL_RCPT_ALLLOWFAILS;
#else
    return 0;
#endif
}

/* CURL_GLOBAL_DEFAULT is a macro built from other macros with `|`. */
static inline CURLcode zb_curl_global_init(void) { return curl_global_init(CURL_GLOBAL_DEFAULT); }
