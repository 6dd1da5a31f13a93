//@ run-pass
//@ spec: 20.4
// Naive checker: rejects using the vector after a struct holding &mut to it is no longer used.
struct Appender<'a> { out: &'a mut Vec<i32>, step: i32 }
impl<'a> Appender<'a> {
    fn add(&mut self, x: i32) { self.out.push(x * self.step); }
}
fn main() {
    let mut v = vec![0];
    let mut ap = Appender { out: &mut v, step: 3 };
    ap.add(1);
    ap.add(2);
    v.push(-1);
    let mut ap2 = Appender { out: &mut v, step: -1 };
    ap2.add(5);
    println!("{:?}", v);
}
