//@ run-pass
//@ check-liveness
//@ spec: 9.3
// Use-liveness and drop-liveness apart: after its last read (the borrow for `len`) `s`
// is only drop-live, up to its drop where it dies, on the return path and the unwind
// path alike. `t`, moved into `keep`, stays drop-live too: whether its drop runs is a
// question of initialization that drop elaboration answers, not of liveness.
fn keep(t: String) -> usize {
    t.len()
}

fn lengths() -> usize {
    let s = String::from("abc");
    let n = s.len();
    let t = String::from("de");
    let m = keep(t);
    n + m
}

fn main() {
    assert!(lengths() == 5);
}
