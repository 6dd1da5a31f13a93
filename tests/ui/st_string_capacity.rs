//@ spec: 18.1, 17.6
// A String is a growable byte buffer: len counts bytes, capacity grows like a Vec<u8>'s
// (at least 8, then doubling), clear and truncate keep the buffer, with_capacity/reserve preallocate.
fn main() {
    let mut s = String::new();
    println!("new: len {} cap {}", s.len(), s.capacity());
    let mut last_cap = s.capacity();
    for c in "abcdefghijklmnopqrstuvwxyz".chars() {
        s.push(c);
        if s.capacity() != last_cap {
            println!("  at len {:>2} capacity {} -> {}", s.len(), last_cap, s.capacity());
            last_cap = s.capacity();
        }
    }
    s.truncate(3);
    println!("truncated: {:?} len {} cap {}", s, s.len(), s.capacity());
    s.clear();
    println!("cleared: {:?} empty {} cap {}", s, s.is_empty(), s.capacity());

    let mut w = String::with_capacity(10);
    println!("with_capacity: len {} cap {}", w.len(), w.capacity());
    w.push_str("0123456789");
    println!("full: cap {}", w.capacity());
    w.push('é');
    println!("one 2-byte char more: len {} cap {}", w.len(), w.capacity());
    let mut r = String::from("hi");
    r.reserve(100);
    println!("reserved: len {} cap>=102 {}", r.len(), r.capacity() >= 102);
    let big = "🦀".repeat(5);
    println!("{} crabs: {} bytes", big.chars().count(), big.len());
    let mut popped = String::new();
    let mut src = String::from("añ🦀");
    while let Some(c) = src.pop() {
        popped.push(c);
        println!("  popped {:?}, {} bytes left", c, src.len());
    }
    println!("{}", popped);
}
