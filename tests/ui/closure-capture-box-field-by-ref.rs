//@ run-pass
//@ spec: 20.13
// A non-move closure captures `(*b).count` through the Box: `b.name` stays usable.
struct S {
    count: u32,
    name: String,
}
fn main() {
    let mut b = Box::new(S { count: 0, name: String::from("box") });
    let mut inc = || b.count += 1;
    b.name.push('!');
    inc();
    inc();
    println!("{} {}", b.count, b.name);
}
