//! Giving memory back after a build.
//!
//! A build allocates far more than the site keeps (source text, Markdown HTML, rendered
//! strings before compression), on several threads. glibc keeps such freed memory in its
//! per-thread arenas; `malloc_trim` returns it to the system so the resident set reflects the
//! site actually served.

/// Returns freed heap memory to the operating system where the allocator allows it.
pub fn release_free() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases memory that is already free; it has no preconditions.
    unsafe {
        libc::malloc_trim(0);
    }
}
