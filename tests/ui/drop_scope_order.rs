//@ spec: 12.4, 12.5, 12.6, 12.8
// Destructors run in reverse declaration order at block ends; parameters after locals,
// the last first; fields in declaration order after the owner's own drop; temporaries
// at the end of their statement; an overwritten value before the new one is stored.
struct Bell(&'static str);
impl Drop for Bell {
    fn drop(&mut self) {
        println!("ring {}", self.0);
    }
}

struct Duo {
    front: Bell,
    back: Bell,
}
impl Drop for Duo {
    fn drop(&mut self) {
        println!("duo goes ({} + {})", self.front.0, self.back.0);
    }
}

fn two_params(a: Bell, b: Bell) {
    let _local = Bell("local");
    println!("params {} {}", a.0, b.0);
}

fn fresh(name: &'static str) -> Bell {
    Bell(name)
}

fn main() {
    let _first = Bell("first");
    {
        let _x = Bell("x");
        let _y = Bell("y");
        println!("leaving inner block");
    }
    two_params(Bell("p1"), Bell("p2"));
    let _duo = Duo { front: Bell("front"), back: Bell("back") };
    let _ = Bell("ignored");
    fresh("discarded");
    println!("name length {}", fresh("temporary").0.len());
    let mut current = Bell("old");
    current = Bell("new");
    println!("current {}", current.0);
    let _tuple = (Bell("t0"), Bell("t1"));
    let _array = [Bell("a0"), Bell("a1"), Bell("a2")];
    println!("end of main");
}
