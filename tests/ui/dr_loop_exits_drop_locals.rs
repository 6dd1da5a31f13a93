//@ spec: 12.5, 12.8
// Each loop iteration drops its own locals; break, continue and return drop every value
// in the scopes they leave, innermost first, but nothing from outside the loop.
struct Step {
    n: u32,
    tag: &'static str,
}
impl Drop for Step {
    fn drop(&mut self) {
        println!("  drop {} {}", self.tag, self.n);
    }
}

fn find_first_even(limit: u32) -> Option<u32> {
    let _search = Step { n: limit, tag: "search" };
    let mut i = 1;
    while i <= limit {
        let _probe = Step { n: i, tag: "probe" };
        {
            let _inner = Step { n: i, tag: "inner" };
            if i % 2 == 0 {
                return Some(i);
            }
        }
        i += 1;
    }
    None
}

fn main() {
    let _outer = Step { n: 0, tag: "outer" };
    for i in 0..5 {
        let _each = Step { n: i, tag: "each" };
        if i == 1 {
            println!("continue at {}", i);
            continue;
        }
        let _late = Step { n: i, tag: "late" };
        if i == 3 {
            println!("break at {}", i);
            break;
        }
        println!("body {}", i);
    }
    println!("found {:?}", find_first_even(3));
    println!("found {:?}", find_first_even(1));
    let total = 'outer: loop {
        let _a = Step { n: 1, tag: "labelled-a" };
        loop {
            let _b = Step { n: 2, tag: "labelled-b" };
            break 'outer 7;
        }
    };
    println!("total {}", total);
    println!("end of main");
}
