import Foundation
import Testing
@testable import ZoneBriefMail

let credentials = SMTPCredentials(user: "alice", password: Secret("s3cr3t-P@ss"))

/// A conversation as libcurl's debug callback hands it over: commands and replies in chunks.
func feed(_ t: inout SMTPTranscript, _ script: [(out: Bool, text: String)]) {
    for (out, text) in script { out ? t.commandBytes(text) : t.replyBytes(text) }
}

@Test func transcriptKeepsCredentialsOut() {
    var t = SMTPTranscript(scrubber: Scrubber(credentials))
    let b64 = { (s: String) in Data(s.utf8).base64EncodedString() }
    feed(&t, [
        (false, "220 mx ready\r\n"), (true, "EHLO gov.cn\r\n"),
        (false, "250-mx\r\n250-AUTH LOGIN PLAIN\r\n"), (false, "250 HELP\r\n"),
        (true, "AUTH LOGIN\r\n"), (false, "334 VXNlcm5hbWU6\r\n"),
        (true, b64("alice") + "\r\n"), (false, "334 UGFzc3dvcmQ6\r\n"),
        (true, b64("s3cr3t-P@ss") + "\r\n"), (false, "235 ok\r\n"),
        (true, "AUTH PLAIN " + b64("\0alice\0s3cr3t-P@ss") + "\r\n"), (false, "535 bad s3cr3t-P@ss\r\n"),
        (true, "MAIL FROM:<a@gov.cn>\r\n"), (false, "250 OK\r\n"),
    ])
    #expect(t.text == """
    < 220 mx ready
    > EHLO gov.cn
    < 250-mx
    < 250-AUTH LOGIN PLAIN
    < 250 HELP
    > AUTH LOGIN
    < 334 VXNlcm5hbWU6
    > <credentials>
    < 334 UGFzc3dvcmQ6
    > <credentials>
    < 235 ok
    > AUTH PLAIN
    < 535 bad ********
    > MAIL FROM:<a@gov.cn>
    < 250 OK
    """)
}

@Test func transcriptTellsRecipientsAndAcceptance() {
    var t = SMTPTranscript()
    feed(&t, [
        (false, "220 hi\r\n"), (true, "MAIL FROM:<a@gov.cn>\r\n"), (false, "250 OK\r\n"),
        (true, "RCPT TO:<B@x.cn>\r\n"), (false, "250 OK\r\n"),
        (true, "RCPT TO:<c@x.cn>\r\n"), (false, "550-5.1.1 no such\r\n550 5.1.1 user\r\n"),
        (true, "RCPT TO:<d@x.cn>\r\n"), (false, "45"), (false, "2 4.2.2 mailbox full\r\n"),
        (true, "DATA\r\n"), (false, "354 go\r\n"),
    ])
    #expect(!t.messageAccepted)
    #expect(t.hasPermanentFailure)
    let r = t.recipientReplies
    #expect(r["b@x.cn"]?.code == 250)
    #expect(r["c@x.cn"]?.code == 550)
    #expect(r["c@x.cn"]?.text == "550-5.1.1 no such / 550 5.1.1 user")
    #expect(r["d@x.cn"]?.code == 452)
    t.replyBytes("250 2.0.0 queued\r\n")
    #expect(t.messageAccepted)
    #expect(t.lastErrorReply == "452 4.2.2 mailbox full")
}

@Test func scrubberRemovesEveryForm() {
    let s = Scrubber(credentials)
    let b64 = { (x: String) in Data(x.utf8).base64EncodedString() }
    for leak in ["s3cr3t-P@ss", b64("s3cr3t-P@ss"), b64("\0alice\0s3cr3t-P@ss"), "s3cr3t%2DP%40ss"] {
        #expect(s.scrub("before \(leak) after") == "before ******** after", "\(leak)")
    }
    #expect(Scrubber(nil).scrub("nothing s3cr3t-P@ss") == "nothing s3cr3t-P@ss")
}

@Test func failureTellsAnErrorReplyFromALastReply() {
    var f = SMTPFailure(kind: .tls, host: "mx", port: 25, tries: 1, detail: "SSL certificate problem: self-signed certificate",
                        serverSaid: "220 Ready to start TLS")
    #expect(f.description == "no secure connection to the mail server (host mx, port 25, 1 try): SSL certificate problem: self-signed certificate; the server's last reply: 220 Ready to start TLS")
    f.kind = .refused
    f.serverSaid = "554 5.7.1 rejected"
    #expect(f.description.hasSuffix("; server said: 554 5.7.1 rejected"))
}

@Test func failureReadsAsOneLine() {
    let f = SMTPFailure(kind: .connection, host: "127.0.0.1", port: 2525, tries: 3,
                        detail: "Failed to connect to 127.0.0.1 port 2525 after 0 ms: Couldn't connect to server",
                        serverSaid: nil)
    #expect(f.description == "cannot reach the mail server (host 127.0.0.1, port 2525, 3 tries): Failed to connect to 127.0.0.1 port 2525 after 0 ms: Couldn't connect to server; no reply from the server")
}
