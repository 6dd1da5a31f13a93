//@ spec: 12.2
// Passing a `&mut` reference to a function or method reborrows it; it stays usable.
struct C { n: i32 }
impl C {
    fn bump(&mut self) -> i32 { self.n += 1; self.n }
    fn twice(&mut self) -> i32 { let a = self.bump(); a + self.n }
}
fn add(c: &mut C) { c.n += 10; }
fn add_twice(c: &mut C) { add(c); add(c); }
fn main() {
    let mut c = C { n: 1 };
    println!("{}", c.twice());
    let r = &mut c;
    add(r);
    add(r);
    add_twice(r);
    println!("{}", r.n);
}
