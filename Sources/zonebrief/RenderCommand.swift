import ArgumentParser
import ZoneBrief

/// `zonebrief render FACTS_FILE`: the same brief from a reviewed facts file (JSONL as FACTS.md
/// shows, or CSV as `extract --format csv` and `brief.facts.csv` write it).
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render the brief from a facts file (JSONL or CSV) an analyst has reviewed.",
        discussion: """
        CSV needs the columns zone,metric,label,period_start,period_end,value,unit,yoy_pct,kind (any \
        order); target_pct,approx,file,line,quote are optional. UTF-8 (with or without BOM) or GB18030 \
        as Excel saves it. A bad row is reported with its line and left out; --strict makes it fatal, \
        and also a character the fonts lack (otherwise a warning counting where it prints as a box).
        """)

    @Argument(help: "The facts file (.jsonl or .csv).") var factsFile: String
    @OptionGroup var brief: BriefOptionsGroup
    @OptionGroup var mail: BriefMailOptions
    @Flag(help: "Stop with an error when a row of the facts file is bad or the fonts lack a character.") var strict = false
    @Flag(help: "Also print the brief's document model as text on stdout (for checking and tests).") var dump = false

    func validate() throws {
        try brief.validate()
        try mail.validate()
        guard FileSystem.isFile(factsFile) else {
            throw ValidationError(FileSystem.exists(factsFile) ? "\(factsFile) is a folder; pass a facts file (.jsonl or .csv)" : "no facts file at \(factsFile)")
        }
    }

    func run() throws {
        try BriefPipeline.run(.factsFile(factsFile), options: brief, strict: strict, dump: dump)
        try mail.deliverIfAsked(pdf: brief.output)
    }
}
