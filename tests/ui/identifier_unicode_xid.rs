//@ run-pass
//@ spec: 2.7
// Identifiers are Unicode XID: letters of any script, combining marks and joiners after
// the first char, and `_`.
fn main() {
    let café = 1;
    let Ωμέγα = 2;
    let 日本 = 3;
    let क्‍ष = 4;
    let _٣ = 5;
    let ǅx = 6;
    let a‌b = 7;
    println!("{} {} {} {} {} {} {}", café, Ωμέγα, 日本, क्‍ष, _٣, ǅx, a‌b);
}
