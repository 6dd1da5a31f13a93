//@ run-pass
//@ spec: 20.13
// `move || { &t.1 }` captures `t.1` by value: it is dropped with the closure, `t.0` at
// the end of main.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let t = (D("t0"), D("t1"));
    let c = move || {
        let _x = &t.1;
        println!("use t1");
    };
    c();
    drop(c);
    println!("end of main");
}
