/// What became of every recipient after a send: delivered, refused by the server (with its
/// reply), or not sent because the message got nowhere (with the reason).
public struct DeliveryReport: Sendable, Equatable {
    /// What happened to one recipient.
    public enum Status: Sendable, Equatable {
        case delivered
        /// The server refused this address: `550 5.1.1 no such user`.
        case refused(reply: String)
        /// The message did not go out at all.
        case failed(SMTPFailure)
    }

    /// One recipient and what happened to them.
    public struct Outcome: Sendable, Equatable {
        public var address: MailAddress
        public var status: Status
        /// Connection tries spent on the message that carried this address.
        public var tries: Int
    }

    /// Every recipient, in the order of To then Cc (per message with `--each`).
    public var outcomes: [Outcome]
    /// How many messages were built (1, or one per recipient with `--each`).
    public var messageCount: Int

    public init(outcomes: [Outcome], messageCount: Int) {
        self.outcomes = outcomes
        self.messageCount = messageCount
    }

    /// True when every recipient got the message: the command's exit code.
    public var allDelivered: Bool { outcomes.allSatisfy { $0.status == .delivered } }

    /// The recipients who got it.
    public var delivered: [MailAddress] { outcomes.filter { $0.status == .delivered }.map(\.address) }

    /// One line per recipient, `sent to a@x.cn` / `refused: b@y.cn: 550 …` / `not sent to c@z.cn: …`.
    /// Failures that several recipients share (one message to all) are told once.
    public var lines: [String] {
        var out: [String] = [], told: [SMTPFailure] = []
        for o in outcomes {
            switch o.status {
            case .delivered: out.append("sent to \(o.address)")
            case let .refused(reply): out.append("refused: \(o.address): \(reply)")
            case let .failed(f):
                let same = outcomes.filter { $0.status == .failed(f) }.map(\.address.address)
                if told.contains(f) { continue }
                told.append(f)
                out.append("not sent to \(same.joined(separator: ", ")): \(f)")
            }
        }
        return out
    }
}
