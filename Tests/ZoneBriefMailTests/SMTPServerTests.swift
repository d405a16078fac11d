import Testing
@testable import ZoneBriefMail

@Test(arguments: [
    ("smtp://mail.example.cn", "smtp://mail.example.cn:25", SMTPSecurity.startTLSIfOffered),
    ("smtp://mail.example.cn:587/", "smtp://mail.example.cn:587", .startTLSIfOffered),
    ("SMTPS://mail.example.cn", "smtps://mail.example.cn:465", .implicitTLS),
    ("smtp://127.0.0.1:2525", "smtp://127.0.0.1:2525", .startTLSIfOffered),
    ("smtp://[::1]:2525", "smtp://[::1]:2525", .startTLSIfOffered),
])
func parsesServerURL(_ text: String, url: String, security: SMTPSecurity) throws {
    let s = try SMTPServer(url: text)
    #expect(s.url == url)
    #expect(s.security == security)
}

@Test func requireTLSAppliesToSMTP() throws {
    #expect(try SMTPServer(url: "smtp://a.cn", requireTLS: true).security == .startTLSRequired)
    #expect(try SMTPServer(url: "smtps://a.cn", requireTLS: true).security == .implicitTLS)
}

@Test(arguments: [
    ("mail.example.cn", "mail.example.cn", "write it as smtp://host[:port] or smtps://host[:port]"),
    ("http://mail.example.cn", "http://mail.example.cn", "the scheme must be smtp or smtps, not http"),
    ("smtp://", "smtp://", "it names no host"),
    ("smtp://a.cn:0", "smtp://a.cn:0", "the port must be a number from 1 to 65535"),
    ("smtp://a.cn:smtp", "smtp://a.cn:smtp", "the port must be a number from 1 to 65535"),
    ("smtp://a b.cn", "smtp://a b.cn", "'a b.cn' is not a host name"),
    ("smtp://alice:hunter2@a.cn", "smtp://…@a.cn", "it must not carry a user or password; use --user and --password-env or --password-file"),
])
func refusesBadURL(_ text: String, shown: String, reason: String) {
    #expect(throws: MailError.badURL(shown, reason: reason)) { try SMTPServer(url: text) }
}

@Test func retryDelaysDouble() {
    #expect(RetryPolicy().delays == [0.5, 1.0])
    #expect(RetryPolicy(attempts: 4, firstDelay: 0.5).delays == [0.5, 1.0, 2.0])
    #expect(RetryPolicy(attempts: 1).delays == [])
    #expect(RetryPolicy(attempts: 0).attempts == 1)
}
