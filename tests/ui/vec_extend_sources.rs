//@ spec: 17.6
// `extend` takes what rustc's Extend impls take: an iterator, a Vec or an array by value,
// and borrowed elements of a Copy type, which are copied in. A String extends from chars.
fn main() {
    let mut scores = vec![70, 85];
    scores.extend(vec![90, 60]);
    scores.extend([100, 55]);
    let bonus = vec![5, 10];
    scores.extend(&bonus);
    scores.extend(bonus.iter().map(|b| b * 2));
    scores.extend(&[1, 2][..]);
    println!("{:?} ({} scores)", scores, scores.len());

    let mut roster: Vec<String> = vec![String::from("kim")];
    let transfers = vec![String::from("lee"), String::from("park")];
    roster.extend(transfers.iter().cloned());
    roster.extend(transfers);
    roster.extend([String::from("choi")]);
    println!("{:?}", roster);

    let base = [3, 1, 2];
    let mut refs: Vec<&i32> = Vec::new();
    refs.extend(&base);
    refs.sort();
    println!("{:?}", refs);

    let mut word = String::from("ab");
    word.extend(['c', 'd']);
    word.extend("xyz".chars().rev());
    println!("{}", word);

    let mut empty: Vec<u8> = Vec::new();
    empty.extend(Vec::<u8>::new());
    println!("{} {}", empty.len(), empty.is_empty());
}
