//@ compile-fail
//@ spec: 20.13
// A closure whose two reference parameters have unrelated lifetimes returns either:
// each return is an error (each parameter's lifetime is unrelated to the return's).
fn main() {
    let pick = |a: &i32, b: &i32| -> &i32 {
        if *a > 0 { a } else { b } //~ ERROR lifetime may not live long enough
        //~^ ERROR lifetime may not live long enough
    };
    println!("{}", pick(&1, &2));
}
