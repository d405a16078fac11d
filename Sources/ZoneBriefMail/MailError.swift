import Foundation

/// Why a message could not be built, written or sent. Every case reads as one line a user can
/// act on (``description``); none ever carries a password.
public enum MailError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An address that is not `local@domain`.
    case badAddress(String, reason: String)
    /// No recipient at all.
    case noRecipients
    /// The message has no sender and none could be defaulted.
    case noSender
    /// No SMTP server named anywhere (flags, config file).
    case noServer
    /// A file could not be read (attachment, body, password file, config file).
    case unreadable(path: String, reason: String)
    /// A file could not be written (the .eml output).
    case unwritable(path: String, reason: String)
    /// An SMTP URL that is not `smtp://host[:port]` or `smtps://host[:port]`.
    case badURL(String, reason: String)
    /// A user name without a way to find the password, or a password source that gives nothing.
    case noPassword(String)
    /// libcurl refused to set up a transfer (a C-level failure, not a server answer).
    case curl(String)
    /// The whole message (attachment, HTML and chart included) is over the size limit: refused
    /// here rather than bounced by a server.
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case let .badAddress(a, reason): return "'\(a)' is not an e-mail address: \(reason)"
        case .noRecipients: return "no recipients: pass --to a@x.cn[,b@y.cn…]"
        case .noSender: return "no sender: pass --from or set 'from' in the SMTP config file"
        case .noServer:
            return "no SMTP server: pass --smtp smtp://host:port, set 'url' in the SMTP config file, or write the message with --eml"
        case let .unreadable(path, reason): return "cannot read \(path): \(reason)"
        case let .unwritable(path, reason): return "cannot write \(path): \(reason)"
        case let .badURL(url, reason): return "bad SMTP URL '\(url)': \(reason)"
        case let .noPassword(why): return why
        case let .curl(why): return "libcurl: \(why)"
        case let .tooLarge(bytes, limit):
            return "the message is \(MessageSize.text(bytes)), over the limit of \(MessageSize.text(limit)); not sent "
                + "(a smaller brief, --body text, or a higher max_message_size / --max-message-size if the server takes it)"
        }
    }
}

extension MailError {
    /// The reason an `Error` from Foundation gives, without the path it already repeats.
    static func reason(_ error: any Error) -> String {
        if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        let ns = error as NSError
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return "no such file"
            case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
            case NSFileWriteOutOfSpaceError: return "no space left on device"
            default: break
            }
        }
        return ns.localizedDescription
    }
}
