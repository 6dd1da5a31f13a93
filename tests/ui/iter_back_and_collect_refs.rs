//@ spec: 16.2, 17.9
// `map`, `filter`, `copied` and `cloned` keep an iterator double-ended, so `.rev()` works
// after them; a String collects from `&char` items too; a method chain on a
// subslice of text borrows nothing mutably but the iterator it makes.
struct Line {
    text: String,
}

impl Line {
    fn char_after(&self, i: usize) -> Option<char> {
        self.text.as_str()[i..].chars().next()
    }
}

fn main() {
    let v = vec![1, 2, 3, 4];
    let doubled_back: Vec<i32> = v.iter().map(|x| x * 2).rev().collect();
    let evens_back: Vec<&i32> = v.iter().filter(|x| **x % 2 == 0).rev().collect();
    let copied_back: Vec<i32> = v.iter().copied().rev().collect();
    println!("{:?} {:?} {:?}", doubled_back, evens_back, copied_back);

    let words = vec![String::from("ab"), String::from("cd")];
    let backwards: Vec<String> = words.iter().cloned().rev().collect();
    let joined: String = words.iter().map(|w| w.as_str()).collect();
    let letters = vec!['x', 'y', 'z'];
    let spelled: String = letters.iter().collect();
    let reversed: String = letters.iter().rev().collect();
    println!("{:?} {} {} {}", backwards, joined, spelled, reversed);

    let line = Line { text: String::from("héllo") };
    println!("{:?} {:?}", line.char_after(1), line.char_after(3));
    let t: &str = "tail";
    println!("{:?}", t[2..].chars().next());
}
