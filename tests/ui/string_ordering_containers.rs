//@ spec: 11.4, 18.1, 17.7
// Strings order by their text (`<`, `cmp`, `sort`, `max`), and so do the types built on
// them: a derived Ord compares a String field by its text, not by where it lives, and
// Option, Result, Vec and Box of Strings compare with `==` and order as rustc's impls do.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    word: String,
    count: u32,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Token {
    Word(String),
    Num(i64),
}

fn main() {
    let a = String::from("apple");
    let b = String::from("banana");
    println!("{:?} {:?} {} {}", a.cmp(&b), b.partial_cmp(&a), a < b, a >= b);

    let mut fruit = vec![String::from("pear"), String::from("apple"), String::from("fig")];
    fruit.sort();
    println!("{:?} max {:?} min {:?}", fruit, fruit.iter().max(), fruit.iter().min());
    fruit.sort_by(|x, y| y.cmp(x));
    println!("{:?}", fruit);

    let mut entries = vec![
        Entry { word: String::from("zeta"), count: 1 },
        Entry { word: String::from("alpha"), count: 3 },
        Entry { word: String::from("alpha"), count: 2 },
    ];
    entries.sort();
    for e in &entries {
        println!("{} {}", e.word, e.count);
    }
    println!("{}", entries[0] < entries[1]);

    let mut tokens = vec![Token::Num(3), Token::Word(String::from("b")), Token::Word(String::from("a"))];
    tokens.sort();
    println!("{:?}", tokens);

    let found: Option<String> = Some(String::from("x"));
    let parsed: Result<i64, String> = Err(String::from("bad"));
    println!("{} {} {}", found == Some(String::from("x")), found > None, parsed == Err(String::from("bad")));
    println!("{} {:?}", Some(vec![1, 2]) == Some(vec![1, 2]), vec![1, 2].cmp(&vec![1, 3]));
    println!("{}", vec![String::from("b")] > vec![String::from("a"), String::from("z")]);
    println!("{:?}", (1u8, &a).cmp(&(1u8, &b)));
    println!("{:?}", Box::new(String::from("q")).cmp(&Box::new(String::from("p"))));
}
