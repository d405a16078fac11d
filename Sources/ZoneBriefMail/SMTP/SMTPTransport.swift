import CCurl
import Foundation

/// Something that carries one rendered message to its recipients. ``SMTPTransport`` is the
/// real one; tests of the delivery logic may pass their own.
public protocol MailTransport: Sendable {
    /// Sends `message` (RFC 5322 bytes) in one SMTP envelope. Never throws: the result says who
    /// got it and, when no one did, why.
    func send(_ message: Data, from: MailAddress, to recipients: [MailAddress]) -> SMTPSendResult
}

/// What happened to one envelope.
public struct SMTPSendResult: Sendable, Equatable {
    /// Recipients the server accepted the message for.
    public var delivered: [MailAddress]
    /// Recipients the server refused, with its reply (`550 5.1.1 no such user`), in order.
    public var refused: [(address: MailAddress, reply: String)]
    /// Set when the message went to no one for a reason other than refused recipients.
    public var failure: SMTPFailure?
    /// Connection tries made (1 when the first one worked).
    public var tries: Int
    /// The last try's conversation, credentials removed.
    public var transcript: SMTPTranscript

    public init(delivered: [MailAddress], refused: [(address: MailAddress, reply: String)], failure: SMTPFailure?,
                tries: Int, transcript: SMTPTranscript) {
        self.delivered = delivered
        self.refused = refused
        self.failure = failure
        self.tries = tries
        self.transcript = transcript
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.delivered == b.delivered && a.failure == b.failure && a.tries == b.tries
            && a.refused.map(\.address) == b.refused.map(\.address) && a.refused.map(\.reply) == b.refused.map(\.reply)
    }
}

/// SMTP through libcurl.
///
/// Why libcurl: it is a C library every Linux and macOS system already ships and keeps patched
/// (Debian's `libcurl4`), it speaks SMTP with STARTTLS and implicit TLS, AUTH (PLAIN, LOGIN,
/// CRAM-MD5, XOAUTH2), dot-stuffing and per-recipient failures, and it needs no new Swift
/// package (only swift-argument-parser is allowed). A hand-written SMTP client would have to
/// get TLS and the protocol's corners right by itself; a Swift package would add a dependency
/// tree to every build.
///
/// One ``send(_:from:to:)`` opens a connection, logs in if credentials are set, sends the
/// envelope and the data, and closes. Connection failures are retried per ``RetryPolicy``.
public struct SMTPTransport: MailTransport {
    public var server: SMTPServer
    public var retry: RetryPolicy
    /// Called with each try's scrubbed transcript (for `--verbose`); nil to stay quiet.
    public var log: (@Sendable (String) -> Void)?
    /// How to wait between tries (tests pass a recorder).
    public var sleep: @Sendable (Double) -> Void

    public init(server: SMTPServer, retry: RetryPolicy = RetryPolicy(), log: (@Sendable (String) -> Void)? = nil,
                sleep: @escaping @Sendable (Double) -> Void = { Thread.sleep(forTimeInterval: $0) }) {
        self.server = server
        self.retry = retry
        self.log = log
        self.sleep = sleep
    }

    public func send(_ message: Data, from: MailAddress, to recipients: [MailAddress]) -> SMTPSendResult {
        let delays = retry.delays
        var tries = 0
        while true {
            tries += 1
            let attempt = once(message, from: from, to: recipients)
            log?("--- \(server.url), try \(tries) ---\n" + attempt.transcript.text
                 + (attempt.code == CURLE_OK ? "" : "\n! \(attempt.detail)"))
            if shouldRetry(attempt), tries <= delays.count {
                sleep(delays[tries - 1])
                continue
            }
            return result(of: attempt, recipients: recipients, tries: tries)
        }
    }

    /// One connection's outcome.
    struct Attempt {
        var code: CURLcode
        var detail: String
        var transcript: SMTPTranscript
    }

    /// libcurl's codes for "could not reach or keep talking to the server".
    static let connectionCodes: Set<UInt32> = [
        CURLE_COULDNT_RESOLVE_HOST.rawValue, CURLE_COULDNT_CONNECT.rawValue, CURLE_OPERATION_TIMEDOUT.rawValue,
        CURLE_GOT_NOTHING.rawValue, CURLE_SEND_ERROR.rawValue, CURLE_RECV_ERROR.rawValue,
    ]

    /// Only failures to reach or talk to the server, before it took the message and before it
    /// refused anything for good.
    func shouldRetry(_ a: Attempt) -> Bool {
        guard a.code != CURLE_OK, !a.transcript.messageAccepted, !a.transcript.hasPermanentFailure else { return false }
        if Self.connectionCodes.contains(a.code.rawValue) { return true }
        // A temporary refusal such as `421 too busy` at the greeting.
        if let code = a.transcript.lastCode, (400..<500).contains(code) { return true }
        return false
    }

    func result(of a: Attempt, recipients: [MailAddress], tries: Int) -> SMTPSendResult {
        let replies = a.transcript.recipientReplies
        var refused: [(address: MailAddress, reply: String)] = []
        var delivered: [MailAddress] = []
        for r in recipients {
            if let reply = replies[r.address.lowercased()], reply.code >= 400 {
                refused.append((r, reply.text))
            } else {
                delivered.append(r)
            }
        }
        if a.code == CURLE_OK || a.transcript.messageAccepted {
            return SMTPSendResult(delivered: delivered, refused: refused, failure: nil, tries: tries,
                                  transcript: a.transcript)
        }
        // Not sent. When every recipient was refused, the refusals say it all.
        var failure: SMTPFailure? = delivered.isEmpty && !refused.isEmpty ? nil : SMTPFailure(
            kind: kind(of: a), host: server.host, port: server.port, tries: tries, detail: a.detail,
            serverSaid: a.transcript.lastErrorReply ?? a.transcript.lastReply)
        if failure?.kind == .tls, a.code == CURLE_USE_SSL_FAILED, server.security == .startTLSIfOffered,
           let user = server.credentials?.user {
            failure?.hint = "the server offers no STARTTLS, so the password of \(user) was not sent; "
                + "use smtps:// or a server with STARTTLS (--insecure-plaintext-auth sends it in clear text)"
        }
        return SMTPSendResult(delivered: [], refused: refused, failure: failure, tries: tries, transcript: a.transcript)
    }

    func kind(of a: Attempt) -> SMTPFailure.Kind {
        switch a.code {
        case CURLE_LOGIN_DENIED, CURLE_AUTH_ERROR: return .login
        case CURLE_USE_SSL_FAILED, CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE:
            return .tls
        default: break
        }
        if let reply = a.transcript.lastErrorReply, let code = Int(reply.prefix(3)) {
            // 530 "Authentication required", 534 "mechanism too weak", 535 "credentials invalid"
            if [530, 534, 535].contains(code) { return .login }
            // 421 "service not available": the server is there but not taking mail now.
            if code == 421 { return .connection }
            if code >= 500 { return .refused }
        }
        if Self.connectionCodes.contains(a.code.rawValue) { return .connection }
        return a.transcript.lastErrorReply == nil ? .other : .refused
    }

    /// One connection: set the handle up, perform, collect the transcript.
    func once(_ message: Data, from: MailAddress, to recipients: [MailAddress]) -> Attempt {
        let scrubber = Scrubber(server.credentials)
        let context = TransferContext(message: message, scrubber: scrubber)
        let unmanaged = Unmanaged.passRetained(context)
        defer { unmanaged.release() }
        do {
            let curl = try CurlEasy()
            try configure(curl, from: from, to: recipients, context: unmanaged.toOpaque(), size: message.count)
            let (code, detail) = curl.perform()
            return Attempt(code: code, detail: scrubber.scrub(detail), transcript: context.transcript)
        } catch {
            return Attempt(code: CURLE_FAILED_INIT, detail: scrubber.scrub("\(error)"), transcript: context.transcript)
        }
    }

    private func configure(_ curl: CurlEasy, from: MailAddress, to recipients: [MailAddress],
                           context: UnsafeMutableRawPointer, size: Int) throws {
        // The path names the client in EHLO; the sender's domain is a fair name for it.
        try curl.set(CURLOPT_URL, server.url + "/" + from.domain)
        try curl.set(CURLOPT_MAIL_FROM, "<\(from.address)>")
        try curl.set(CURLOPT_MAIL_RCPT, list: recipients.map { "<\($0.address)>" })
        let allowFails = zb_curl_opt_rcpt_allowfails()
        if allowFails != 0 { try curl.set(CURLoption(rawValue: UInt32(allowFails)), 1) }
        // CURLUSESSL_ALL: STARTTLS (or smtps) or no conversation at all, so AUTH never goes out
        // in clear; CURLUSESSL_TRY only for mail without a login, or when plaintext AUTH was asked for.
        try curl.set(CURLOPT_USE_SSL, Int((server.requiresTLS ? CURLUSESSL_ALL : CURLUSESSL_TRY).rawValue))
        if let ca = server.caFile { try curl.set(CURLOPT_CAINFO, ca) }
        if let c = server.credentials {
            try curl.set(CURLOPT_USERNAME, c.user)
            try curl.set(CURLOPT_PASSWORD, c.password.reveal())
        }
        let ms = Int(server.timeout * 1000)
        try curl.set(CURLOPT_CONNECTTIMEOUT_MS, ms)
        try curl.set(CURLOPT_SERVER_RESPONSE_TIMEOUT, max(1, Int(server.timeout.rounded(.up))))
        // A transfer that stalls below 1 byte/s for `timeout` seconds is dropped.
        try curl.set(CURLOPT_LOW_SPEED_LIMIT, 1)
        try curl.set(CURLOPT_LOW_SPEED_TIME, max(1, Int(server.timeout.rounded(.up))))
        try curl.set(CURLOPT_UPLOAD, 1)
        try curl.set(CURLOPT_INFILESIZE_LARGE, offset: Int64(size))
        try curl.set(CURLOPT_READDATA, pointer: context)
        try check(zb_curl_setopt_readfn(curl.handle) { buffer, size, count, userdata in
            guard let buffer, let userdata else { return 0 }
            let ctx = Unmanaged<TransferContext>.fromOpaque(userdata).takeUnretainedValue()
            return ctx.read(into: buffer, max: size * count)
        })
        // The debug callback runs only with VERBOSE on; it replaces curl's own stderr output.
        try curl.set(CURLOPT_VERBOSE, 1)
        try curl.set(CURLOPT_DEBUGDATA, pointer: context)
        try check(zb_curl_setopt_debugfn(curl.handle) { _, type, data, size, userdata in
            guard let data, let userdata else { return 0 }
            let ctx = Unmanaged<TransferContext>.fromOpaque(userdata).takeUnretainedValue()
            let text = String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
            switch type {
            case CURLINFO_HEADER_OUT: ctx.transcript.commandBytes(text)
            case CURLINFO_HEADER_IN: ctx.transcript.replyBytes(text)
            default: break
            }
            return 0
        })
    }

    private func check(_ code: CURLcode) throws {
        guard code == CURLE_OK else { throw MailError.curl(String(cString: curl_easy_strerror(code))) }
    }
}

/// What libcurl's callbacks reach through their `void *`: the bytes to upload and the
/// transcript being written.
private final class TransferContext {
    let message: Data
    var offset = 0
    var transcript: SMTPTranscript

    init(message: Data, scrubber: Scrubber) {
        self.message = message
        transcript = SMTPTranscript(scrubber: scrubber)
    }

    func read(into buffer: UnsafeMutablePointer<CChar>, max: Int) -> Int {
        let n = min(max, message.count - offset)
        guard n > 0 else { return 0 }
        message.withUnsafeBytes { raw in
            UnsafeMutableRawPointer(buffer).copyMemory(from: raw.baseAddress! + offset, byteCount: n)
        }
        offset += n
        return n
    }
}
