import ArgumentParser
import ZoneBriefMail

extension BodyFormat: ExpressibleByArgument {}

/// `--mail-to` for `brief` and `render`: render, then send the PDF (with the summary written
/// beside it as the body) through the same delivery as `zonebrief send`.
struct BriefMailOptions: ParsableArguments {
    @Option(name: .customLong("mail-to"), help: ArgumentHelp("After rendering, e-mail the PDF to these addresses (comma-separated).", valueName: "a@x.cn,…"))
    var mailTo: String?

    @Option(name: .customLong("mail-cc"), help: ArgumentHelp("Copy recipients of that mail.", valueName: "c@z.cn,…"))
    var mailCc: String?

    @Option(name: .customLong("mail-subject"), help: "The subject (default: 高新区对比简报：<file name>).")
    var mailSubject: String?

    @Flag(name: .customLong("mail-each"), help: "Send each recipient a message of their own.")
    var mailEach = false

    @Option(name: .customLong("mail-body"), help: ArgumentHelp("html: the brief's HTML page with the summary as its text alternative (default); text: the summary alone.",
                                                             valueName: "text|html"))
    var mailBody: BodyFormat = .html

    @OptionGroup(title: "Mail server (with --mail-to; see `zonebrief send --help`)")
    var server: MailOptions

    func validate() throws {
        let asked = mailTo != nil
        if !asked && (mailCc != nil || mailSubject != nil || mailEach || mailBody != .html) {
            throw ValidationError("--mail-cc, --mail-subject, --mail-each and --mail-body go with --mail-to; add --mail-to a@x.cn")
        }
        guard let mailTo else { return }
        do {
            if try MailAddress.list(mailTo).isEmpty { throw ValidationError("--mail-to names no recipient; pass --mail-to a@x.cn[,b@y.cn]") }
            _ = try MailAddress.list(mailCc ?? "")
        } catch let error as MailError {
            throw ValidationError("\(error)")
        }
    }

    /// Sends `pdf` when `--mail-to` was given; exit code 1 unless every recipient got it.
    func deliverIfAsked(pdf: String) throws {
        guard let mailTo else { return }
        let delivered = try server.deliver(pdf: pdf, to: try MailAddress.list(mailTo), cc: try MailAddress.list(mailCc ?? ""),
                                           subject: mailSubject, each: mailEach, format: mailBody)
        if !delivered { throw ExitCode.failure }
    }
}
