import CCurl
import Foundation

/// libcurl is initialised once per process, before the first handle (curl_global_init is not
/// thread-safe, a Swift global `let` is initialised exactly once).
private let curlGlobalInit: CURLcode = zb_curl_global_init()

/// One libcurl easy handle and what it must keep alive: the strings and lists given to it,
/// and its error buffer. The corresponding C functions are curl_easy_init / curl_easy_cleanup.
///
/// Not shared between threads: one handle serves one transfer on the caller's thread.
final class CurlEasy {
    let handle: UnsafeMutableRawPointer
    private var lists: [UnsafeMutablePointer<curl_slist>] = []
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)

    /// Throws ``MailError/curl(_:)`` when libcurl cannot start.
    init() throws {
        guard curlGlobalInit == CURLE_OK else {
            throw MailError.curl("curl_global_init failed: \(String(cString: curl_easy_strerror(curlGlobalInit)))")
        }
        guard let h = curl_easy_init() else { throw MailError.curl("curl_easy_init failed") }
        handle = h
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        try set(CURLOPT_ERRORBUFFER, pointer: UnsafeMutableRawPointer(errorBuffer))
        try set(CURLOPT_NOSIGNAL, 1)
    }

    deinit {
        curl_easy_cleanup(handle)
        for list in lists { curl_slist_free_all(list) }
        errorBuffer.deallocate()
    }

    /// curl_easy_setopt with a `long`.
    func set(_ option: CURLoption, _ value: Int) throws {
        try check(zb_curl_setopt_long(handle, option, value), option)
    }

    /// curl_easy_setopt with a string; libcurl copies it (since 7.17).
    func set(_ option: CURLoption, _ value: String) throws {
        try check(zb_curl_setopt_string(handle, option, value), option)
    }

    /// curl_easy_setopt with a `curl_off_t`.
    func set(_ option: CURLoption, offset value: Int64) throws {
        try check(zb_curl_setopt_off(handle, option, curl_off_t(value)), option)
    }

    /// curl_easy_setopt with a pointer the caller keeps alive for the handle's life.
    func set(_ option: CURLoption, pointer: UnsafeMutableRawPointer?) throws {
        try check(zb_curl_setopt_pointer(handle, option, pointer), option)
    }

    /// curl_easy_setopt with a string list built with curl_slist_append; the handle frees it.
    func set(_ option: CURLoption, list items: [String]) throws {
        var list: UnsafeMutablePointer<curl_slist>? = nil
        for item in items {
            guard let next = curl_slist_append(list, item) else {
                if let list { curl_slist_free_all(list) }
                throw MailError.curl("curl_slist_append failed")
            }
            list = next
        }
        if let list { lists.append(list) }
        try check(zb_curl_setopt_slist(handle, option, list), option)
    }

    /// curl_easy_perform; the code and the error buffer's text.
    func perform() -> (code: CURLcode, message: String) {
        errorBuffer[0] = 0
        let code = curl_easy_perform(handle)
        let detail = String(cString: errorBuffer)
        return (code, detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail)
    }

    /// curl_easy_getinfo for a `long` (0 when libcurl has no answer).
    func info(_ what: CURLINFO) -> Int {
        var value = 0
        return zb_curl_getinfo_long(handle, what, &value) == CURLE_OK ? value : 0
    }

    private func check(_ code: CURLcode, _ option: CURLoption) throws {
        guard code == CURLE_OK else {
            throw MailError.curl("setting option \(option.rawValue): \(String(cString: curl_easy_strerror(code)))")
        }
    }
}
