//@ spec: 18.1, 18.7
// String's editing methods (insert, insert_str, remove, retain, truncate at a char
// boundary, into_bytes), Ordering::then/then_with, Result::unwrap_or_default,
// Option::ok_or_else, Range(Inclusive)::contains and parse::<char>, as rustc has them.
#[derive(Debug)]
struct P { name: &'static str, age: u32 }
fn main() {
    let mut s = String::from("hllo wrld");
    s.insert(1, 'e');
    s.insert_str(7, "o");
    println!("{}", s);
    let r = s.remove(0);
    println!("{} {}", r, s);
    s.retain(|c| c != 'l');
    println!("{}", s);
    let mut t = String::from("héllo");
    t.truncate(3);
    t.truncate(10);
    println!("{} {:?}", t, String::from("ab").into_bytes());
    let mut people = vec![P { name: "b", age: 3 }, P { name: "a", age: 3 }, P { name: "c", age: 1 }];
    people.sort_by(|x, y| y.age.cmp(&x.age).then(x.name.cmp(y.name)));
    println!("{:?}", people);
    people.sort_by(|x, y| x.age.cmp(&y.age).then_with(|| y.name.cmp(x.name)).reverse());
    println!("{:?}", people);
    let e: Result<u32, String> = Err(String::from("no"));
    let o: Result<String, u8> = Ok(String::from("yes"));
    println!("{} {:?}", e.unwrap_or_default(), o.unwrap_or_default());
    let v: Vec<i32> = Vec::new();
    let last: Result<i32, String> = v.last().copied().ok_or_else(|| String::from("empty"));
    println!("{:?}", last);
    println!("{} {} {} {}", (1..5).contains(&4), (1..5).contains(&5), (1..=5).contains(&5), ('a'..='z').contains(&'q'));
    println!("{:?} {:?} {:?}", "x".parse::<char>(), "".parse::<char>(), "xy".parse::<char>());
    match "ab".parse::<char>() {
        Ok(c) => println!("{}", c),
        Err(e) => println!("error: {}", e),
    }
}
