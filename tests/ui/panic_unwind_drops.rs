//@ run-fail
//@ spec: 8.1, 12.8
// A panic unwinds: every value alive in every frame it leaves is dropped, innermost
// first, as rustc does, before the process exits with 101. Values already moved or
// dropped are not dropped again; process::exit would drop nothing.
struct Guard {
    name: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("release {}", self.name);
    }
}

fn guard(name: &str) -> Guard {
    Guard { name: name.to_string() }
}

fn checked_total(items: &[u32], limit: u32) -> u32 {
    let _scope = guard("checked_total");
    let mut total = 0;
    for (i, x) in items.iter().enumerate() {
        let _step = guard(&format!("step {}", i));
        total += x;
        if total > limit {
            panic!("total {} passed the limit {}", total, limit);
        }
    }
    total
}

fn consume(g: Guard) -> usize {
    g.name.len()
}

fn main() {
    let _outer = guard("outer");
    let moved = guard("moved away");
    println!("consumed {}", consume(moved));
    let early = guard("dropped early");
    drop(early);
    let names = vec![guard("in vec 0"), guard("in vec 1")];
    let boxed = Box::new(guard("in box"));
    println!("first total {}", checked_total(&[1, 2], 10));
    println!("{} {}", names.len(), boxed.name);
    let _last = guard("last");
    println!("second total {}", checked_total(&[5, 6, 7], 10));
    println!("unreachable");
}
