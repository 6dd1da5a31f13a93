//@ compile-fail
//@ spec: 20.16
// A reference to a loop-body local assigned to an outer variable used after the loop.
fn main() {
    let mut best: &i32 = &0;
    let mut i = 0;
    while i < 3 {
        let val = i * 10;
        if val > *best { best = &val; } //~ ERROR E0597
        i += 1;
    }
    println!("{}", best);
}
