//@ spec: 12.4, 12.5, 12.9, 17.8
// Who owns what, and when it is freed: every value has one owner, moving hands it on,
// and the owner's scope end runs the destructor (in reverse order of declaration).
struct Resource {
    name: String,
}

impl Drop for Resource {
    fn drop(&mut self) {
        println!("  free {}", self.name);
    }
}

fn make(name: &str) -> Resource {
    println!("  make {}", name);
    Resource { name: name.to_string() }
}

fn consume(r: Resource) {
    println!("  consume {}", r.name);
}

fn main() {
    println!("scope:");
    {
        let _a = make("a");
        let _b = make("b");
    }
    println!("move into a function:");
    let c = make("c");
    consume(c);
    println!("a Vec owns its elements:");
    let mut shelf = vec![make("d"), make("e"), make("f")];
    let taken = shelf.remove(1);
    println!("  took {}", taken.name);
    drop(shelf);
    println!("a Box owns its value:");
    let boxed = Box::new(make("g"));
    let unboxed = *boxed;
    println!("  unboxed {}", unboxed.name);
    println!("end of main:");
}
