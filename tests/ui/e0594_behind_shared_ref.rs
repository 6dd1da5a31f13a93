//@ compile-fail
//@ spec: 12.2
// Data behind a `&` reference cannot be written or mutably borrowed.
struct S { top: usize, items: [i32; 3] }
impl S {
    fn push(&self) {
        self.top += 1; //~ ERROR E0594
    }
    fn set(&self, i: usize) {
        self.items[i] = 4; //~ ERROR E0594
    }
    fn clear(&mut self) { self.top = 0; }
}
fn zero(x: &i32) {
    *x = 0; //~ ERROR E0594
}
fn reset(s: &S) {
    s.clear(); //~ ERROR E0596
}
fn main() {
    let v = 5;
    let r = &v;
    zero(r);
}
