//@ compile-fail
//@ spec: 12.1
// `*m = v` uses m: after m was moved (into a generic parameter, or to another binding, where
// no reborrow happens) the write is E0382.
fn take<T>(_t: T) {}
fn main() {
    let mut a = 1;
    let m = &mut a;
    take(m);
    *m = 2; //~ ERROR E0382
    let mut b = 1;
    let p = &mut b;
    let q = p;
    *p = 2; //~ ERROR E0382
    *q = 3;
}
