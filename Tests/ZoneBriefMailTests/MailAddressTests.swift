import Foundation
import Testing
@testable import ZoneBriefMail

@Test(arguments: ["li@gov.cn", "zhang.wei+brief@mail.zq-hitech.gov.cn", " a@x.cn ", "A_B@EXAMPLE.CN", "x@localhost"])
func acceptsAddress(_ text: String) throws {
    let a = try MailAddress(text)
    #expect(a.address == text.trimmingCharacters(in: .whitespaces))
}

/// Each bad address with the reason the user is told.
@Test(arguments: [
    ("", "it is empty"),
    ("li.gov.cn", "it has no @"),
    ("@gov.cn", "nothing before the @"),
    ("li@", "nothing after the @"),
    ("li wei@gov.cn", "it contains a space or control character"),
    ("li@gov.cn\r\nBcc: x@y.cn", "it contains a space or control character"),
    ("李@gov.cn", "it contains a non-ASCII character '李'"),
    ("li<@gov.cn", "it contains '<'"),
    ("a@b@gov.cn", "it has more than one @"),
    (".li@gov.cn", "the part before the @ has a misplaced dot"),
    ("li@gov..cn", "the domain 'gov..cn' has an empty label"),
    ("li@-gov.cn", "the domain '-gov.cn' is not a host name"),
])
func rejectsAddress(_ text: String, reason: String) {
    #expect(throws: MailError.badAddress(text.trimmingCharacters(in: .whitespaces), reason: reason)) {
        try MailAddress(text)
    }
}

@Test func listsSkipEmptiesAndDuplicates() throws {
    let list = try MailAddress.list("a@x.cn, b@y.cn,,A@X.cn ,c@z.cn,")
    #expect(list.map(\.address) == ["a@x.cn", "b@y.cn", "c@z.cn"])
    #expect(try MailAddress("li@mail.gov.cn").domain == "mail.gov.cn")
    #expect(throws: MailError.self) { try MailAddress.list("a@x.cn,oops") }
}

/// Display names: as typed, as kept, as written in a header.
@Test(arguments: [
    ("高新区简报 <brief@gov.cn>", "brief@gov.cn", "高新区简报", ["=?UTF-8?B?6auY5paw5Yy6566A5oql?=", "<brief@gov.cn>"]),
    ("\"Li, Wei\" <li@gov.cn>", "li@gov.cn", "Li, Wei", ["\"Li,", "Wei\"", "<li@gov.cn>"]),
    ("Li Wei <li@gov.cn>", "li@gov.cn", "Li Wei", ["\"Li", "Wei\"", "<li@gov.cn>"]),
    ("<li@gov.cn>", "li@gov.cn", nil, ["li@gov.cn"]),
    ("\"say \\\"hi\\\"\" <li@gov.cn>", "li@gov.cn", "say \"hi\"", ["\"say", "\\\"hi\\\"\"", "<li@gov.cn>"]),
])
func displayNames(_ text: String, address: String, name: String?, words: [String]) throws {
    let a = try MailAddress(text)
    #expect(a.address == address)
    #expect(a.displayName == name)
    #expect(a.headerWords == words)
    #expect(a.description == address)
}

@Test func listSplitsOutsideQuotesOnly() throws {
    let list = try MailAddress.list("\"Li, Wei\" <li@gov.cn>, 张三 <zhang@x.cn>,c@z.cn")
    #expect(list.map(\.address) == ["li@gov.cn", "zhang@x.cn", "c@z.cn"])
    #expect(list.map(\.displayName) == ["Li, Wei", "张三", nil])
    #expect(throws: MailError.badAddress("Li\u{1}Wei <li@gov.cn>", reason: "the name contains a control character")) {
        try MailAddress("Li\u{1}Wei <li@gov.cn>")
    }
    #expect(throws: MailError.badAddress("li@gov.cn>", reason: "it contains '>'")) { try MailAddress("Li <li@gov.cn>>") }
}
