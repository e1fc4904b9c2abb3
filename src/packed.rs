//! Where the stored bodies live once a site is built: one file, mapped into memory.
//!
//! Bodies are compressed on worker threads, each allocation landing among that thread's
//! rendering garbage; left there, a few live bodies pin whole pages of freed memory and the
//! resident set stays near the build's peak. [`pack`] copies every body into one unnamed
//! temporary file and maps it: the bytes then live in the kernel's page cache, which holds
//! the pages that are read (the home page and a guide during a spike) and can drop the rest
//! under memory pressure, as it does for nginx serving files. The file has no name from the
//! moment it is made, so nothing else can open it, and it is gone when the process ends.
//! Where no such file can be made, the bodies go into one heap buffer instead.

use std::io::Write;

use bytes::Bytes;

/// Replaces every body by a slice of one shared buffer (mapped file or heap).
pub fn pack(bodies: Vec<&mut Bytes>) {
    let total: usize = bodies.iter().map(|b| b.len()).sum();
    if total == 0 {
        return;
    }
    let buffer = match mapped(&bodies, total) {
        Ok(mapped) => mapped,
        Err(e) => {
            tracing::debug!("stored pages kept on the heap: no temporary file: {e}");
            heap(&bodies, total)
        }
    };
    let mut at = 0;
    for body in bodies {
        let len = body.len();
        *body = buffer.slice(at..at + len);
        at += len;
    }
}

fn heap(bodies: &[&mut Bytes], total: usize) -> Bytes {
    let mut buffer = Vec::with_capacity(total);
    for body in bodies {
        buffer.extend_from_slice(body);
    }
    Bytes::from(buffer)
}

fn mapped(bodies: &[&mut Bytes], total: usize) -> std::io::Result<Bytes> {
    let file = tempfile::tempfile()?;
    let mut writer = std::io::BufWriter::with_capacity(1 << 20, &file);
    for body in bodies {
        writer.write_all(body)?;
    }
    writer.flush()?;
    drop(writer);
    // SAFETY: the file was created without a name (O_TMPFILE, or unlinked at once), so no
    // other process can open it to change or truncate it under the map, and this module
    // never writes to it again.
    let map = unsafe { memmap2::Mmap::map(&file)? };
    if map.len() != total {
        return Err(std::io::Error::other("temporary file has the wrong length"));
    }
    Ok(Bytes::from_owner(map))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_keep_their_bytes() {
        let mut a = Bytes::from_static(b"first body");
        let mut b = Bytes::new();
        let mut c = Bytes::from(vec![7u8; 100_000]);
        pack(vec![&mut a, &mut b, &mut c]);
        assert_eq!(&a[..], b"first body");
        assert!(b.is_empty());
        assert_eq!(c.len(), 100_000);
        assert!(c.iter().all(|&x| x == 7));
    }

    #[test]
    fn heap_fallback_keeps_order() {
        let mut a = Bytes::from_static(b"ab");
        let mut b = Bytes::from_static(b"cde");
        let buffer = heap(&[&mut a, &mut b], 5);
        assert_eq!(&buffer[..], b"abcde");
    }
}
