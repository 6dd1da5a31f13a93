//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `s` (a `&mut` from `inv.slot`) is in scope at `inv.count += 1` and the second call.
struct Inv {
    big: Vec<i32>,
    small: Vec<i32>,
    count: u32,
}
impl Inv {
    fn slot(&mut self, big: bool) -> &mut Vec<i32> {
        if big { &mut self.big } else { &mut self.small }
    }
}
fn main() {
    let mut inv = Inv { big: vec![], small: vec![], count: 0 };
    let s = inv.slot(true);
    s.push(100);
    inv.count += 1;
    let s2 = inv.slot(false);
    s2.push(1);
    inv.count += 1;
    println!("{:?} {:?} {}", inv.big, inv.small, inv.count);
}
