#if canImport(Glibc)
import Glibc
#endif

/// The process's freed heap, given back to the system between stages.
enum ProcessMemory {
    /// Returns the heap's free pages to the system (glibc's `malloc_trim(0)`), where there is
    /// glibc. Its allocator keeps what a stage frees for later allocations, and the PDF's render
    /// leaves its heap in pieces: about half of it free when the last page is written. What comes
    /// after (the mail's chart and page, the facts file) would spread over those pages and push
    /// the brief's peak up; trimmed, they start from the pages in use. A few milliseconds, once
    /// a brief.
    ///
    /// `malloc_trim` is declared in `<malloc.h>`, which Swift's Glibc module leaves out: it is
    /// looked up by name, and a C library without it is left alone.
    static func returnFreedHeap() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
