import CCurl
import Foundation
import Testing
@testable import ZoneBriefMail

/// When a failed connection is tried again: never once the server took the message (no one
/// may get it twice), never after a permanent refusal, always for a dead or busy server.
@Test(arguments: [
    ("connection refused, nothing said", CURLE_COULDNT_CONNECT, [String](), true),
    ("host not found", CURLE_COULDNT_RESOLVE_HOST, [], true),
    ("time-out before DATA", CURLE_OPERATION_TIMEDOUT, ["<220 hi", ">MAIL FROM:<a@x.cn>"], true),
    ("busy greeting", CURLE_WEIRD_SERVER_REPLY, ["<421 4.3.2 busy"], true),
    ("dropped after the message was accepted", CURLE_RECV_ERROR,
     ["<220 hi", ">DATA", "<354 go", "<250 queued", ">QUIT"], false),
    ("dropped after a permanent refusal", CURLE_SEND_ERROR, ["<220 hi", ">RCPT TO:<a@x.cn>", "<550 no"], false),
    ("login refused", CURLE_LOGIN_DENIED, ["<220 hi", ">AUTH PLAIN", "<535 bad"], false),
    ("certificate problem", CURLE_PEER_FAILED_VERIFICATION, ["<220 hi", ">STARTTLS", "<220 go"], false),
    ("success", CURLE_OK, ["<250 queued"], false),
])
func retryDecision(_ what: String, code: CURLcode, lines: [String], retry: Bool) throws {
    var t = SMTPTranscript()
    for l in lines {
        l.hasPrefix(">") ? t.commandBytes(l.dropFirst() + "\r\n") : t.replyBytes(l.dropFirst() + "\r\n")
    }
    let transport = SMTPTransport(server: try SMTPServer(url: "smtp://mx.gov.cn"))
    #expect(transport.shouldRetry(.init(code: code, detail: what, transcript: t)) == retry, "\(what)")
}
