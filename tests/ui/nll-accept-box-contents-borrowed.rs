//@ run-pass
//@ spec: 20.2
// Naive checker: treats borrows of two fields of a Box's contents as conflicting.
struct Player { name: String, score: u32 }
fn main() {
    let mut p = Box::new(Player { name: String::from("ann"), score: 1 });
    let name = &p.name;
    let score = &mut p.score;
    *score += name.len() as u32;
    let n = &mut *p;
    n.score *= 10;
    p.name.push('!');
    println!("{} {}", p.name, p.score);
}
