import Foundation
import ZoneBrief
import ZoneBriefCore
import ZoneBriefMail

/// What `zonebrief run` was asked beyond the briefs file.
public struct RunOptions: Sendable {
    /// Overrides every brief's period policy (`--period M`, `--last-closed-month`).
    public var period: PeriodPolicy?
    /// Make the briefs, send nothing, leave the state file alone.
    public var dryRun: Bool
    /// Only the briefs of these names (empty: all).
    public var only: [String]
    /// Send even when the facts have not changed since the last send.
    public var force: Bool

    public init(period: PeriodPolicy? = nil, dryRun: Bool = false, only: [String] = [], force: Bool = false) {
        self.period = period
        self.dryRun = dryRun
        self.only = only
        self.force = force
    }
}

/// What the run takes from the world: the brief's environment less its output folder (the
/// briefs file names that), the process environment (SMTP passwords, config file) and how to
/// reach a mail server (tests may pass a transport of their own).
public struct RunEnvironment: Sendable {
    public var fonts: URL
    public var lexicon: URL
    public var now: Date
    public var creationDate: String?
    public var processEnvironment: [String: String]
    public var progress: (@Sendable (BriefProgress) -> Void)?
    public var transport: @Sendable (SMTPServer, RetryPolicy) -> any MailTransport

    public init(fonts: URL, lexicon: URL, now: Date = Date(), creationDate: String? = nil,
                processEnvironment: [String: String] = ProcessInfo.processInfo.environment,
                progress: (@Sendable (BriefProgress) -> Void)? = nil,
                transport: @escaping @Sendable (SMTPServer, RetryPolicy) -> any MailTransport = { SMTPTransport(server: $0, retry: $1) }) {
        self.fonts = fonts
        self.lexicon = lexicon
        self.now = now
        self.creationDate = creationDate
        self.processEnvironment = processEnvironment
        self.progress = progress
        self.transport = transport
    }
}

/// One line for the person or the cron mail: `zhaoqing: sent to manager@example.cn`.
public struct RunLine: Sendable, Equatable {
    public var text: String
    /// A failure (stderr), as opposed to news (stdout).
    public var isError: Bool
    /// A warning (stderr, but not a failure: `--quiet` leaves it out).
    public var isWarning: Bool = false
}

/// `zonebrief run`: every brief of the briefs file, each made, compared with what was last sent,
/// and sent to the recipients who have not yet accepted it. One brief's failure never stops the
/// others; the state file is saved after each brief, so a crash loses nothing that was sent.
public enum MonthlyRun {
    public static func run(_ file: BriefsFile, options: RunOptions, environment env: RunEnvironment,
                           say: (RunLine) -> Void = { _ in }) -> RunReport {
        let started = Timestamp.text(env.now, file.timeZone)
        var report = RunReport(zonebrief: BuildInfo.line, briefsFile: file.path, started: started, finished: started,
                               dryRun: options.dryRun, status: "", exitCode: 0, briefs: [], errors: [])
        var state: RunState
        var lock: RunLock?
        do {
            if !options.dryRun { lock = try RunLock(folder: file.output) }
            state = try RunState.load(file.stateFile)
        } catch {
            say(RunLine(text: "error: \(error)", isError: true))
            report.errors.append("\(error)")
            report.finish(now: Date(), zone: file.timeZone)
            return report
        }
        var mailer = Mailer(file: file, env: env)
        let briefs = options.only.isEmpty ? file.briefs : file.briefs.filter { options.only.contains($0.name) }
        for brief in briefs {
            let before = state
            var entry = makeAndSend(brief, file: file, options: options, env: env, state: &state, mailer: &mailer, say: say)
            if !options.dryRun, state != before {
                do { try state.save(file.stateFile) } catch {
                    entry.error = (entry.error.map { $0 + "; " } ?? "") + "\(error)"
                    entry.status = "failed"
                    say(RunLine(text: "\(brief.name): error: \(error)", isError: true))
                }
            }
            report.briefs.append(entry)
        }
        report.errors = report.briefs.flatMap { b in
            (b.error.map { ["\(b.name): \($0)"] } ?? [])
                + b.recipients.filter { ["refused", "failed"].contains($0.status) }.map { "\(b.name): \($0.status): \($0.address): \($0.reply ?? "")" }
        }
        report.finish(now: Date(), zone: file.timeZone)
        withExtendedLifetime(lock) {}
        return report
    }

    static func makeAndSend(_ brief: BriefsFile.Brief, file: BriefsFile, options: RunOptions, env: RunEnvironment,
                            state: inout RunState, mailer: inout Mailer, say: (RunLine) -> Void) -> RunReport.Brief {
        let month = (options.period ?? brief.period).month(now: env.now, timeZone: file.timeZone)
        let periodText = month?.description ?? "latest"
        var entry = RunReport.Brief(name: brief.name, status: "failed", period: periodText)
        var request = BriefRequest(input: .articles(brief.articles, relativeTo: file.folder), name: brief.name, period: month,
                                   zones: brief.zones, title: brief.title, organisation: brief.organisation, usdRate: brief.usdRate)
        request.look = brief.look
        let briefEnv = BriefEnvironment(fonts: env.fonts, lexicon: env.lexicon, lexiconPaths: file.lexicon, outputFolder: file.output,
                                        now: env.now, timeZone: file.timeZone, creationDate: env.creationDate, progress: env.progress)
        let outcome: BriefOutcome
        do {
            outcome = try BriefMaker.make(request, in: briefEnv)
        } catch {
            entry.error = "\(error)"
            if let f = error as? BriefFailure { entry.warnings = f.warnings.map(\.description) }
            entry.recipients = brief.recipients.map { RunReport.Recipient(address: $0.address, kind: kind($0, brief), status: "not-sent", reply: "the brief was not made") }
            say(RunLine(text: "\(brief.name): error: \(error)", isError: true))
            return entry
        }
        entry.made(outcome)
        say(RunLine(text: "\(brief.name): made \(outcome.outputs.pdf) for \(periodText) (\(outcome.pageCount) pages, \(outcome.zones.count) zone\(outcome.zones.count == 1 ? "" : "s"), \(outcome.facts.count) facts\(outcome.warnings.isEmpty ? "" : ", \(outcome.warnings.count) warnings"))", isError: false))

        // Compare with what was sent: same period and facts keep the recipients' record.
        let now = Timestamp.text(env.now, file.timeZone)
        let prior = state.briefs[brief.name]
        let unchanged = prior.map { $0.period == periodText && $0.fingerprint == outcome.fingerprint } ?? false
        var record = unchanged && !options.force ? prior!
            : RunState.Brief(period: periodText, fingerprint: outcome.fingerprint, made: now, pdf: outcome.outputs.pdf, recipients: [:])
        let pending = brief.recipients.filter { !(record.recipients[$0.address.lowercased()]?.accepted ?? false) }
        entry.recipients = brief.recipients.filter { !pending.contains($0) }.map {
            let r = record.recipients[$0.address.lowercased()]
            return RunReport.Recipient(address: $0.address, kind: kind($0, brief), status: "already-accepted", messageID: r?.messageID, time: r?.time)
        }
        if pending.isEmpty {
            let when = record.recipients.values.map(\.time).max() ?? record.made
            entry.status = "unchanged"
            entry.reason = "facts unchanged since the send of \(when)"
            say(RunLine(text: "\(brief.name): nothing new for \(periodText): facts unchanged since the send of \(when) to \(brief.recipients.map(\.address).joined(separator: ", ")); not sent again (--force sends anyway)", isError: false))
            return entry
        }
        if options.dryRun {
            entry.status = "dry-run"
            entry.recipients += pending.map { RunReport.Recipient(address: $0.address, kind: kind($0, brief), status: "would-send") }
            say(RunLine(text: "\(brief.name): would send to \(pending.map(\.address).joined(separator: ", ")) (dry run)", isError: false))
            return entry
        }

        // What the server settings warn of (a login allowed in clear text) is said before the first send.
        for w in mailer.warningsBeforeFirstSend() { say(RunLine(text: w.description, isError: false, isWarning: true)) }
        // Send to those who have not accepted it yet, in one envelope; the message names everyone.
        let result = mailer.send(brief, outcome: outcome, month: month, to: pending, now: env.now, say: say)
        for address in pending {
            var r = RunState.Recipient(status: "failed", messageID: nil, reply: nil, time: now)
            switch result {
            case let .failure(reason):
                r.reply = reason.reason
            case let .success(sent):
                if let refusal = sent.result.refused.first(where: { $0.address == address }) {
                    r.status = "refused"
                    r.reply = refusal.reply
                } else if let failure = sent.result.failure {
                    r.reply = "\(failure)"
                } else {
                    r.status = "accepted"
                    r.messageID = sent.messageID
                }
            }
            record.recipients[address.address.lowercased()] = r
            entry.recipients.append(RunReport.Recipient(address: address.address, kind: kind(address, brief), status: r.status,
                                                        reply: r.reply, messageID: r.messageID, time: r.time))
            switch r.status {
            case "accepted": say(RunLine(text: "\(brief.name): sent to \(address.address)", isError: false))
            case "refused": say(RunLine(text: "\(brief.name): refused: \(address.address): \(r.reply ?? "")", isError: true))
            default: break
            }
        }
        if case let .failure(reason) = result {
            say(RunLine(text: "\(brief.name): not sent to \(pending.map(\.address).joined(separator: ", ")): \(reason)", isError: true))
        } else if case let .success(sent) = result, let failure = sent.result.failure {
            say(RunLine(text: "\(brief.name): not sent to \(pending.map(\.address).joined(separator: ", ")): \(failure)", isError: true))
        }
        state.briefs[brief.name] = record
        let accepted = entry.recipients.filter { ["accepted", "already-accepted"].contains($0.status) }.count
        entry.status = accepted == entry.recipients.count ? "sent" : accepted > 0 ? "partial" : "failed"
        return entry
    }

    static func kind(_ a: MailAddress, _ brief: BriefsFile.Brief) -> String {
        brief.to.contains { $0.address.lowercased() == a.address.lowercased() } ? "to" : "cc"
    }
}

/// Builds and sends one brief's message; the server settings are read once per run.
struct Mailer {
    struct Sent {
        var messageID: String
        var result: SMTPSendResult
    }

    let file: BriefsFile
    let env: RunEnvironment
    private var server: Result<(SMTPServer, SMTPSettings), SendFailure>?
    private var warnings: [Diagnostic] = []
    private var warned = false

    init(file: BriefsFile, env: RunEnvironment) {
        self.file = file
        self.env = env
    }

    /// The server and settings: the `[smtp]` table over the SMTP config file. A missing server
    /// or sender is named in the briefs file's terms.
    mutating func settings() -> Result<(SMTPServer, SMTPSettings), SendFailure> {
        if let server { return server }
        let r: Result<(SMTPServer, SMTPSettings), SendFailure>
        do {
            let loaded = try SMTPSettings.standard(configPath: file.smtpConfig, flags: file.smtp ?? SMTPSettings(),
                                                   environment: env.processEnvironment)
            let s = loaded.value
            if s.url == nil { throw SendFailure(reason: "no SMTP server: set url in the [smtp] table of \(file.path) (or in the SMTP config file)") }
            if s.from == nil { throw SendFailure(reason: "no sender: set from in the [smtp] table of \(file.path) (or in the SMTP config file)") }
            let server = try s.server(environment: env.processEnvironment)
            warnings = loaded.diagnostics + server.diagnostics
            r = .success((server.value, s))
        } catch let e as SendFailure {
            r = .failure(e)
        } catch {
            r = .failure(SendFailure(reason: "\(error)"))
        }
        server = r
        return r
    }

    /// The settings' warnings (`insecure plaintext auth is on: …`, a config file others can
    /// read), once per run: empty after the first call.
    mutating func warningsBeforeFirstSend() -> [Diagnostic] {
        guard !warned else { return [] }
        warned = true
        _ = settings()
        return warnings
    }

    /// Builds the brief's message (HTML or text as the brief says), tells its size through `say`,
    /// and sends it to `pending`; a message over the size limit is not sent (a failure saying so).
    mutating func send(_ brief: BriefsFile.Brief, outcome: BriefOutcome, month: YearMonth?, to pending: [MailAddress],
                       now: Date, say: (RunLine) -> Void) -> Result<Sent, SendFailure> {
        let (server, settings): (SMTPServer, SMTPSettings)
        switch self.settings() {
        case let .success(s): (server, settings) = s
        case let .failure(e): return .failure(e)
        }
        do {
            let from = try MailAddress(settings.from ?? "")
            let request = MailRequest(attachmentPath: outcome.outputs.pdf, from: from, to: brief.to, cc: brief.cc,
                                      subject: Subject.fill(brief.subject, brief: brief, outcome: outcome, month: month),
                                      format: brief.body)
            let built = try MailDelivery.messages(for: request) { .fresh(domain: $0.domain, now: now, timeZone: file.timeZone) }
            for w in built.diagnostics { say(RunLine(text: "\(brief.name): \(w)", isError: false, isWarning: true)) }
            let limit = MessageSize.limit(settings)
            guard let (message, bytes) = try MailDelivery.rendered(built.value, limit: limit).first else {
                throw MailError.noRecipients
            }
            say(RunLine(text: "\(brief.name): " + MailDelivery.sizeLine(message, bytes: bytes.count, limit: limit), isError: false))
            let result = env.transport(server, settings.retryPolicy).send(bytes, from: from, to: pending)
            return .success(Sent(messageID: message.stamp.messageID, result: result))
        } catch {
            return .failure(SendFailure(reason: "\(error)"))
        }
    }

    struct SendFailure: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }
}

/// The subject template: `{title}`, `{name}`, `{period}` (2023-06), `{month}` (2023年6月), `{zones}`.
public enum Subject {
    public static func fill(_ template: String, brief: BriefsFile.Brief, outcome: BriefOutcome, month: YearMonth?) -> String {
        let m = month.map { "\($0.year)年\($0.month)月" } ?? "最新"
        return template
            .replacingOccurrences(of: "{title}", with: outcome.document.metadata.title)
            .replacingOccurrences(of: "{name}", with: brief.name)
            .replacingOccurrences(of: "{period}", with: month?.description ?? "latest")
            .replacingOccurrences(of: "{month}", with: m)
            .replacingOccurrences(of: "{zones}", with: outcome.zones.joined(separator: "、"))
    }
}
