//@ compile-fail
//@ spec: 12.1, 16.2, 16.8
// `for x in v` calls `into_iter(v)` and consumes the Vec; it is gone after the loop and
// in a second loop, while `for x in &v` would have only borrowed it.
fn main() {
    let names = vec![String::from("a"), String::from("b")];
    for n in names {
        println!("{}", n);
    }
    println!("{}", names.len()); //~ ERROR E0382

    let nums = vec![1, 2, 3];
    let mut total = 0;
    for _ in 0..2 {
        for x in nums { //~ ERROR E0382
            total += x;
        }
    }
    let words = vec![String::from("w")];
    let upper: Vec<String> = words.into_iter().map(|w| w.to_uppercase()).collect();
    println!("{} {:?} {:?}", total, upper, words); //~ ERROR E0382
}
