//@ compile-fail
//@ spec: 16.3, 15.1
// `filter` and `any` need a bool from their closures, not the remainder itself.
fn main() {
    let odd = (1..10).filter(|x| x % 2).count(); //~ ERROR E0308
    let has_even = (1..10).any(|x| x % 2); //~ ERROR E0308
    println!("{} {}", odd, has_even);
}
