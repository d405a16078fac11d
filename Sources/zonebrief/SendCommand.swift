import ArgumentParser
import Foundation
import ZoneBriefCore
import ZoneBriefMail

/// `zonebrief send FILE.pdf --to …`: e-mails a brief over SMTP, or writes it as .eml.
struct SendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "E-mail a brief (PDF attached) over SMTP, or write the message to an .eml file.",
        discussion: """
        The message is HTML with a plain-text alternative (--body html, the default): the page the \
        brief command writes beside the PDF (<stem>.mail.html: headline cards, summary sentences, \
        the zones, one chart, carried inside the message) and the summary it writes beside it \
        (<stem>.summary.txt) as the text. --body text sends the text alone. The text is the file \
        given with --body-file (the message is then plain text), else the summary, else a short \
        note naming the file.

        Before sending, the size of each whole message (PDF included) is printed; a message over \
        the limit (--max-message-size, max_message_size in the SMTP config file; default 20MB) is \
        not sent, so that no server bounces it.

        Server settings come from --config FILE, else $ZONEBRIEF_SMTP_CONFIG, else \
        ~/.config/zonebrief/smtp.conf (lines `key = value`; keys: url, from, user, password_env, \
        password_file, require_tls, insecure_plaintext_auth, ca_file, retries, retry_delay, timeout, \
        max_message_size). Flags win.

        With a login, smtp:// requires STARTTLS before the password is sent (smtps:// is TLS from \
        the start); --insecure-plaintext-auth allows it in clear text. Mail without a login may go \
        in clear when the server offers no STARTTLS.

        The password is read from an environment variable (--password-env, default \
        ZONEBRIEF_SMTP_PASSWORD) or the first line of a file (--password-file); never from the \
        command line, and it is never printed.

        Exit status: 0 when every recipient got the message (or the .eml was written), 1 when \
        any did not, 64 for bad arguments.

        Examples:
          zonebrief send reports/brief.pdf --to a@x.cn --eml reports/brief.eml
          zonebrief send reports/brief.pdf --to a@x.cn --body text --eml reports/brief-text.eml
          SMTP_PW=… zonebrief send reports/brief.pdf --to a@x.cn,b@y.cn \\
              --from me@x.cn --smtp smtp://mail.x.cn:587 --user me@x.cn \\
              --password-env SMTP_PW
        """
    )

    @Argument(help: ArgumentHelp("The PDF to send.", valueName: "file.pdf"))
    var file: String

    @Option(help: ArgumentHelp("Recipients, comma-separated.", valueName: "a@x.cn,b@y.cn"))
    var to: String

    @Option(help: ArgumentHelp("Copy recipients, comma-separated.", valueName: "c@z.cn,…"))
    var cc: String?

    @Option(help: "The subject (default: 高新区对比简报：<file name>).")
    var subject: String?

    @Option(help: ArgumentHelp("html: the brief's HTML page with the text as its alternative (default); text: plain text only.",
                               valueName: "text|html"))
    var body: String = BodyFormat.html.rawValue

    @Option(help: ArgumentHelp("A UTF-8 text file to use as the body instead of the summary (the message is then plain text).",
                               valueName: "file"))
    var bodyFile: String?

    @Option(help: ArgumentHelp("Write the message to this file instead of sending it.", valueName: "out.eml"))
    var eml: String?

    @Flag(help: "Send each recipient a message of their own.")
    var each = false

    @OptionGroup(title: "Mail server")
    var mail: MailOptions

    /// `--body text|html`; an older `--body FILE` names the body file.
    var format: BodyFormat { BodyFormat(rawValue: body) ?? .text }
    var textFile: String? { bodyFile ?? (BodyFormat(rawValue: body) == nil ? body : nil) }

    func validate() throws {
        if BodyFormat(rawValue: body) == nil {
            guard FileManager.default.fileExists(atPath: body), bodyFile == nil else {
                throw ValidationError("--body \(body): write --body text or --body html (a text file of your own is --body-file FILE)")
            }
            MailOptions.printError("zonebrief: warning: --body FILE is now --body-file FILE (--body says text or html)")
        }
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw ValidationError("cannot read \(file): \(FileManager.default.fileExists(atPath: file) ? "permission denied" : "no such file")")
        }
        // a named pipe or a device would be read forever
        var st = stat()
        if stat(file, &st) == 0 && (st.st_mode & S_IFMT) != S_IFREG {
            throw ValidationError("\(file) is not a regular file; pass the brief's PDF")
        }
        do {
            if try MailAddress.list(to).isEmpty { throw ValidationError("--to names no recipient; pass --to a@x.cn[,b@y.cn]") }
            _ = try MailAddress.list(cc ?? "")
        } catch let error as MailError {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        let recipients = try MailAddress.list(to), copies = try MailAddress.list(cc ?? "")
        if let eml {
            try MailOptions.reportingErrors {
                let settings = try mail.settings()
                let sender = try MailAddress(settings.from ?? "zonebrief@localhost")
                let bodyText = try textFile.map { try BriefBody.text(forAttachment: file, bodyFile: $0).value }
                let request = MailRequest(attachmentPath: file, from: sender, to: recipients, cc: copies,
                                          subject: subject, body: bodyText, each: each, format: format)
                let messages = try MailDelivery.messages(for: request)
                MailOptions.warn(messages.diagnostics)
                let limit = MessageSize.limit(settings)
                for (m, written) in zip(messages.value, try MailDelivery.writeEML(messages.value, to: eml)) {
                    print(MailDelivery.sizeLine(m, bytes: written.bytes, limit: limit))
                    print("wrote \(written.path)")
                    if written.bytes > limit {
                        MailOptions.printError("zonebrief: warning: \(written.path): \(MailError.tooLarge(bytes: written.bytes, limit: limit))")
                    }
                }
            }
            return
        }
        let delivered = try mail.deliver(pdf: file, bodyFile: textFile, to: recipients, cc: copies, subject: subject, each: each,
                                         format: format)
        if !delivered { throw ExitCode.failure }
    }
}

/// The mail-server options, shared by `send` and by `brief --mail-to` (which can take them with
/// `@OptionGroup var mail: MailOptions` and call ``deliver(pdf:body:bodyFile:to:cc:subject:each:)``).
struct MailOptions: ParsableArguments {
    @Option(help: "The sender (default: 'from' in the SMTP config file).")
    var from: String?

    @Option(name: .customLong("smtp"), help: ArgumentHelp("The server: smtp://host[:port] (STARTTLS when offered) or smtps://host[:port].", valueName: "url"))
    var smtpURL: String?

    @Flag(help: "With smtp://, fail unless the server does STARTTLS.")
    var requireTLS = false

    @Flag(help: "Send the login in clear text when an smtp:// server offers no STARTTLS (anyone on the way can read the password; by default a login needs TLS).")
    var insecurePlaintextAuth = false

    @Option(help: ArgumentHelp("Trust the CA certificates in this PEM file.", valueName: "file"))
    var caFile: String?

    @Option(help: ArgumentHelp("The SMTP config file to read.", valueName: "file"))
    var config: String?

    @Option(help: "The SMTP login user.")
    var user: String?

    @Option(help: ArgumentHelp("The environment variable holding the password.", valueName: "VAR"))
    var passwordEnv: String?

    @Option(help: ArgumentHelp("A file whose first line is the password.", valueName: "file"))
    var passwordFile: String?

    /// Refused on purpose: a password in argv shows in `ps` and shell history.
    @Option(help: .hidden)
    var password: String?

    @Option(help: ArgumentHelp("Connection tries before giving up (default 3).", valueName: "n"))
    var retries: Int?

    @Option(help: ArgumentHelp("Seconds before the second try, doubling after (default 0.5).", valueName: "seconds"))
    var retryDelay: Double?

    @Option(help: ArgumentHelp("Seconds to wait for the server (default 30).", valueName: "seconds"))
    var timeout: Double?

    @Option(help: ArgumentHelp("Refuse to send a message bigger than this, PDF included (default 20MB; 1MB = 1024KB).", valueName: "size"))
    var maxMessageSize: String?

    @Flag(help: "Print the SMTP conversation (without credentials) to stderr.")
    var verbose = false

    func validate() throws {
        if password != nil {
            throw ValidationError("passwords are not taken on the command line (ps and shell history would show them); use --password-env VAR or --password-file FILE")
        }
        if passwordEnv != nil && passwordFile != nil {
            throw ValidationError("give the password one way: --password-env or --password-file, not both")
        }
        if let retries, !(1...10).contains(retries) { throw ValidationError("--retries must be from 1 to 10") }
        if let retryDelay, !(0...60).contains(retryDelay) { throw ValidationError("--retry-delay must be seconds from 0 to 60") }
        if let timeout, !(0.1...600).contains(timeout) { throw ValidationError("--timeout must be seconds from 0.1 to 600") }
        if let maxMessageSize, MessageSize.parse(maxMessageSize) == nil {
            throw ValidationError("--max-message-size \(maxMessageSize): write a size from 1KB to 1GB, e.g. 20MB or 500KB")
        }
        if let from {
            do { _ = try MailAddress(from) } catch let error as MailError { throw ValidationError("--from: \(error)") }
        }
    }

    /// The config file's settings with these flags over them; its warnings go to stderr.
    func settings(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> SMTPSettings {
        let loaded = try SMTPSettings.standard(configPath: config, flags: SMTPSettings(
            url: smtpURL, from: from, user: user, passwordEnv: passwordEnv, passwordFile: passwordFile,
            requireTLS: requireTLS ? true : nil, insecurePlaintextAuth: insecurePlaintextAuth ? true : nil, caFile: caFile, retries: retries, retryDelay: retryDelay,
            timeout: timeout, maxMessageSize: maxMessageSize.flatMap(MessageSize.parse)), environment: environment)
        Self.warn(loaded.diagnostics)
        return loaded.value
    }

    /// Sends `pdf` (body: `body`, else the file `bodyFile`, else the summary beside the PDF or a
    /// generic note; with `format` html and no body of one's own, the HTML page beside the PDF
    /// too), prints each message's size, then `sent to …`, on stdout and every refusal or failure
    /// on stderr, and says whether everyone got it. Errors that stop the whole send (a message
    /// over the size limit among them) are printed and become exit code 1.
    func deliver(pdf: String, body: String? = nil, bodyFile: String? = nil, to: [MailAddress], cc: [MailAddress] = [],
                 subject: String? = nil, each: Bool = false, format: BodyFormat = .html) throws -> Bool {
        let environment = ProcessInfo.processInfo.environment
        var allDelivered = false
        try Self.reportingErrors {
            let settings = try settings(environment: environment)
            let bodyText = try body ?? bodyFile.map { try BriefBody.text(forAttachment: pdf, bodyFile: $0).value }
            let log: (@Sendable (String) -> Void)? = verbose ? { @Sendable (text: String) in MailOptions.printError(text) } : nil
            let report = try MailDelivery.send(pdf: pdf, body: bodyText, to: to, cc: cc, subject: subject, each: each,
                                               format: format, settings: settings, environment: environment, log: log,
                                               warn: Self.warn, announce: { print($0) })
            Self.warn(report.diagnostics)
            for line in report.value.lines {
                if line.hasPrefix("sent to ") { print(line) } else { Self.printError("zonebrief: " + line) }
            }
            allDelivered = report.value.allDelivered
        }
        return allDelivered
    }

    /// Runs `body`; a ``MailError`` becomes one line on stderr and exit code 1.
    static func reportingErrors(_ body: () throws -> Void) throws {
        do { try body() } catch let error as MailError {
            printError("zonebrief: error: \(error)")
            throw ExitCode.failure
        }
    }

    static func warn(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { printError("zonebrief: \(d)") }
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
