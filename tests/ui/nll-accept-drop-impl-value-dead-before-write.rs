//@ run-pass
//@ spec: 20.14
// Naive checker: rejects writing a value after a Drop type that borrowed it was dropped early.
struct Guard<'a> { n: &'a mut i32 }
impl<'a> Drop for Guard<'a> {
    fn drop(&mut self) { *self.n += 1; println!("guard drops"); }
}
fn main() {
    let mut count = 0;
    {
        let g = Guard { n: &mut count };
        *g.n += 10;
    }
    count *= 2;
    let g2 = Guard { n: &mut count };
    drop(g2);
    count += 1;
    println!("count = {}", count);
}
