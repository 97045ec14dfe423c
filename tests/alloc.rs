//! Proves that lookups, conversions and formatting into a fixed buffer
//! allocate nothing, with a global allocator that counts what the test's
//! own thread allocates while counting is on.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write;

use statuscodes::{Ecosystem, Status, StatusClass};

struct Counting;

thread_local! {
    // Per thread, so that tests running side by side do not count each
    // other's allocations. Neither needs a destructor, so reading them
    // from the allocator allocates nothing.
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count_one() {
    if COUNTING.with(Cell::get) {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
    }
}

// SAFETY: every call is passed on unchanged to the system allocator.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: the caller upholds `alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller upholds `dealloc`'s contract.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        // SAFETY: the caller upholds `realloc`'s contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// How many allocations `f` makes on this thread.
fn allocations(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    COUNTING.with(|c| c.set(true));
    f();
    COUNTING.with(|c| c.set(false));
    ALLOCATIONS.with(Cell::get) - before
}

/// A fixed buffer to format into.
struct Buffer {
    bytes: [u8; 256],
    len: usize,
}

impl Write for Buffer {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        self.bytes
            .get_mut(self.len..end)
            .ok_or(std::fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[test]
fn the_counter_counts() {
    assert!(allocations(|| drop(String::from("allocates"))) >= 1);
}

#[test]
fn conversions_and_facts_allocate_nothing() {
    let n = allocations(|| {
        for code in 0..=1000u16 {
            let _ = std::hint::black_box(Status::from_u16(code));
            let _ = std::hint::black_box(Status::try_from(code));
            let _ = std::hint::black_box(StatusClass::from_code(code));
        }
        for &status in Status::ALL {
            std::hint::black_box((
                status.code(),
                u16::from(status),
                status.reason_phrase(),
                status.variant_name(),
                status.class(),
                status.description(),
                status.spec(),
                status.standing(),
                status.origin(),
                status.is_registered(),
                status.is_heuristically_cacheable(),
                status.allows_content(),
            ));
        }
    });
    assert_eq!(n, 0);
}

/// The facts of issue 11, and the response check, which callers run in
/// their tests and servers.
#[test]
fn requirements_checks_guidance_retries_and_grpc_allocate_nothing() {
    let fields = ["Content-Type", "Date", "allow", "Retry-After"];
    let n = allocations(|| {
        for &status in Status::ALL {
            for has_content in [false, true] {
                for violation in status.check(has_content, fields) {
                    std::hint::black_box(violation);
                }
                for violation in status.check(has_content, &fields[..1]) {
                    std::hint::black_box(violation);
                }
            }
            std::hint::black_box((status.requirements(), status.guidance().next_step()));
            for retry in status.retried_by() {
                std::hint::black_box(retry);
            }
            std::hint::black_box(status.grpc_code());
            std::hint::black_box(statuscodes::Code::from(status).understood_as());
        }
        for &code in statuscodes::GrpcCode::ALL {
            std::hint::black_box((code.name(), code.http_status()));
        }
    });
    assert_eq!(n, 0);
}

#[test]
fn name_lookups_allocate_nothing() {
    let n = allocations(|| {
        for &status in Status::ALL {
            for &ecosystem in Ecosystem::ALL {
                std::hint::black_box((status.name_in(ecosystem), status.reason_in(ecosystem)));
                for name in status.names_in(ecosystem) {
                    std::hint::black_box(Status::from_name_in(ecosystem, name.text()));
                    std::hint::black_box(Status::from_name_in(ecosystem, name.bare()));
                    std::hint::black_box(Status::lookup(name.text()).count());
                    std::hint::black_box(name.note());
                }
            }
        }
        std::hint::black_box(Status::lookup("no such name").count());
    });
    assert_eq!(n, 0);
}

#[test]
fn parsing_allocates_nothing_even_on_error() {
    let inputs = [
        "424",
        "FailedDependency",
        "failed dependency",
        "424 Failed Dependency",
        "",
        "299",
        "1000",
        "404 Gone",
        "nonsense",
    ];
    let n = allocations(|| {
        for input in inputs {
            let _ = std::hint::black_box(input.parse::<Status>());
            let _ = std::hint::black_box(input.parse::<Ecosystem>());
            let _ = std::hint::black_box(input.parse::<StatusClass>());
        }
    });
    assert_eq!(n, 0);
}

#[test]
fn formatting_into_a_fixed_buffer_allocates_nothing() {
    let errors = (
        "nonsense".parse::<Status>().unwrap_err(),
        "404 Gone".parse::<Status>().unwrap_err(),
        "cobol".parse::<Ecosystem>().unwrap_err(),
        "6xx".parse::<StatusClass>().unwrap_err(),
        Status::try_from(1000).unwrap_err(),
    );
    let n = allocations(|| {
        let mut buffer = Buffer {
            bytes: [0; 256],
            len: 0,
        };
        for &status in Status::ALL {
            buffer.len = 0;
            write!(buffer, "{status} {:>40} {}", status, status.class()).unwrap();
            if let Some(spec) = status.spec() {
                buffer.len = 0;
                write!(buffer, "{spec}").unwrap();
            }
            for name in status.names() {
                buffer.len = 0;
                write!(buffer, "{name} {}", name.ecosystem()).unwrap();
            }
        }
        buffer.len = 0;
        write!(buffer, "{} {} {}", errors.0, errors.1, errors.4).unwrap();
        buffer.len = 0;
        write!(buffer, "{}", errors.3).unwrap();
        // The ecosystem error lists every id; it fits in a larger buffer.
        let mut large = [0u8; 1024];
        let mut cursor = std::io::Cursor::new(&mut large[..]);
        std::io::Write::write_fmt(&mut cursor, format_args!("{}", errors.2)).unwrap();
    });
    assert_eq!(n, 0);
}
