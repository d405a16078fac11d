import Foundation
import Testing
import ZoneBriefCore
@testable import ZoneBriefMail

@Test func configFileReadsKeysAndWarnsByLine() {
    let text = """
    # zonebrief SMTP settings
    url = smtp://mail.example.cn:587
    From = brief@example.cn
    user = "brief@example.cn"

    password_env = BRIEF_PW
    require-tls = yes
    insecure_plaintext_auth = no
    retries = 5
    retry_delay = 0.25
    timeout = 12
    colour = blue
    password = hunter2-do-not-echo
    retries = many
    just some words
    ca_file =
    """
    let r = SMTPConfigFile.parse(text, file: "smtp.conf")
    #expect(r.value == SMTPSettings(url: "smtp://mail.example.cn:587", from: "brief@example.cn", user: "brief@example.cn",
                                    passwordEnv: "BRIEF_PW", requireTLS: true, insecurePlaintextAuth: false, retries: 5, retryDelay: 0.25, timeout: 12))
    #expect(r.diagnostics.map(\.description) == [
        "smtp.conf:12: warning: unknown key 'colour'; known keys: ca_file, from, insecure_plaintext_auth, max_message_size, password_env, password_file, require_tls, retries, retry_delay, timeout, url, user",
        "smtp.conf:13: warning: a password is not read from the config file; put it in a file named by password_file, or in a variable named by password_env",
        "smtp.conf:14: warning: retries must be a whole number from 1 to 10",
        "smtp.conf:15: warning: expected 'key = value'",
        "smtp.conf:16: warning: 'ca_file' has no value",
    ])
    #expect(!r.diagnostics.map(\.description).joined().contains("hunter2"))
}

@Test func configFileWithCRLFLineEnds() {
    let r = SMTPConfigFile.parse("url = smtp://a.cn\r\nfrom = a@a.cn\r\nbad line\r\n", file: "w.conf")
    #expect(r.value == SMTPSettings(url: "smtp://a.cn", from: "a@a.cn"))
    #expect(r.diagnostics.map(\.description) == ["w.conf:3: warning: expected 'key = value'"])
}

@Test func flagsWinOverTheConfig() {
    let config = SMTPSettings(url: "smtp://a.cn", from: "a@a.cn", user: "u", passwordEnv: "PW", retries: 5, timeout: 9)
    let flags = SMTPSettings(url: "smtps://b.cn", passwordFile: "/p", retries: 2)
    let merged = config.overridden(by: flags)
    #expect(merged == SMTPSettings(url: "smtps://b.cn", from: "a@a.cn", user: "u", passwordEnv: nil, passwordFile: "/p",
                                   retries: 2, timeout: 9))
    #expect(merged.retryPolicy == RetryPolicy(attempts: 2, firstDelay: 0.5))
}

@Test func configFileIsFoundByFlagThenVariableThenDefault() throws {
    let dir = try temporaryFolder("conf")
    defer { try? FileManager.default.removeItem(at: dir) }
    let a = dir.appendingPathComponent("a.conf"), b = dir.appendingPathComponent("b.conf")
    try "url = smtp://a.cn".write(to: a, atomically: true, encoding: .utf8)
    try "url = smtp://b.cn".write(to: b, atomically: true, encoding: .utf8)
    let home = dir.appendingPathComponent("home")
    let env = ["ZONEBRIEF_SMTP_CONFIG": b.path, "HOME": home.path]
    #expect(try SMTPConfigFile.load(explicitPath: a.path, environment: env).value.url == "smtp://a.cn")
    #expect(try SMTPConfigFile.load(explicitPath: nil, environment: env).value.url == "smtp://b.cn")
    // No default file: no settings, no error.
    #expect(try SMTPConfigFile.load(explicitPath: nil, environment: ["HOME": home.path]).value == SMTPSettings())
    try FileManager.default.createDirectory(at: home.appendingPathComponent(".config/zonebrief"), withIntermediateDirectories: true)
    try "url = smtp://home.cn".write(to: home.appendingPathComponent(".config/zonebrief/smtp.conf"), atomically: true, encoding: .utf8)
    #expect(try SMTPConfigFile.load(explicitPath: nil, environment: ["HOME": home.path]).value.url == "smtp://home.cn")
    // A file asked for by name must exist.
    let missing = dir.appendingPathComponent("missing.conf").path
    #expect(throws: MailError.unreadable(path: missing, reason: "no such file")) {
        try SMTPConfigFile.load(explicitPath: missing, environment: env)
    }
}

@Test func passwordComesFromVariableOrFile() throws {
    let dir = try temporaryFolder("pw")
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("pw")
    try "from-file\r\nsecond line\n".write(to: file, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
    var s = SMTPSettings(url: "smtp://127.0.0.1:2525", user: "alice", passwordFile: file.path)
    let server = try s.server(environment: [:])
    #expect(server.value.credentials?.password.reveal() == "from-file")
    #expect(server.diagnostics.isEmpty)

    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
    #expect(try s.server(environment: [:]).diagnostics.map(\.message)
            == ["the password file can be read by other users (mode 644); chmod 600 it"])

    s.passwordFile = nil
    s.passwordEnv = "MY_PW"
    #expect(try s.server(environment: ["MY_PW": "from-env"]).value.credentials?.password.reveal() == "from-env")
    #expect(throws: MailError.noPassword("the password variable MY_PW is not set")) { try s.server(environment: [:]) }

    s.passwordEnv = nil
    #expect(try s.server(environment: ["ZONEBRIEF_SMTP_PASSWORD": "default"]).value.credentials?.password.reveal() == "default")
    #expect(throws: MailError.noPassword("user 'alice' needs a password: pass --password-env VAR or --password-file FILE, or set password_env or password_file in the SMTP config file")) {
        try s.server(environment: [:])
    }
    s.user = nil
    #expect(try s.server(environment: [:]).value.credentials == nil)
    s.passwordEnv = "MY_PW"
    #expect(throws: MailError.noPassword("a password source is set but no user: pass --user NAME or set 'user' in the SMTP config file")) {
        try s.server(environment: ["MY_PW": "x"])
    }
}

@Test func secretsDoNotPrint() {
    let s = Secret("hunter2")
    #expect("\(s)" == "<secret>")
    #expect(String(reflecting: s) == "<secret>")
    var dumped = ""
    dump(SMTPCredentials(user: "u", password: s), to: &dumped)
    #expect(!dumped.contains("hunter2"))
}
