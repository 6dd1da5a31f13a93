//@ compile-fail
//@ spec: 12.3, 15.2
// A closure that consumes a captured String, or any `move` closure, owns the capture from
// the moment the closure is made, so the original variable is gone even before a call.
fn main() {
    let name = String::from("ada");
    let consume = || {
        let owned = name;
        owned.len()
    };
    println!("{}", name); //~ ERROR E0382
    println!("{}", consume());

    let list = vec![1, 2, 3];
    let total = move || list.iter().sum::<i32>();
    println!("{} {}", total(), list.len()); //~ ERROR E0382

    let text = String::from("hi");
    let f = move || text.len();
    let g = move || text.len(); //~ ERROR E0382
    println!("{} {}", f(), g());
}
