//@ run-pass
//@ spec: 20.15
// Only tested places are fake borrowed: no arm tests `x`, so its guard may assign it.
fn main() {
    let mut x = Some(1);
    let n = match x {
        _ if { x = None; false } => 0,
        y => if y.is_none() { 1 } else { 2 },
    };
    println!("{} {:?}", n, x);
}
