import CCurl

extension SMTPTransport {
    /// The libcurl this process runs with and its TLS library: `libcurl/7.88.1 OpenSSL/3.0.15 …`
    /// (the corresponding C function is `curl_version`), for `zonebrief doctor`.
    public static var libcurlVersion: String { String(cString: curl_version()) }
}
