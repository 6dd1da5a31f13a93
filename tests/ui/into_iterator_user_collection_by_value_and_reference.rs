//@ run-pass
//@ spec: 16.8
// A user collection with IntoIterator by value and for a reference: `for` loops over both,
// and a generic fn over `I: IntoIterator<Item = T>` takes either, a Vec or an iterator.
struct Shelf {
    books: Vec<String>,
}

struct Drain {
    books: Vec<String>,
}

impl Iterator for Drain {
    type Item = String;
    fn next(&mut self) -> Option<String> {
        if self.books.is_empty() { None } else { Some(self.books.remove(0)) }
    }
}

struct Titles<'a> {
    shelf: &'a Shelf,
    at: usize,
}

impl<'a> Iterator for Titles<'a> {
    type Item = &'a String;
    fn next(&mut self) -> Option<&'a String> {
        let book = self.shelf.books.get(self.at);
        self.at += 1;
        book
    }
}

impl IntoIterator for Shelf {
    type Item = String;
    type IntoIter = Drain;
    fn into_iter(self) -> Drain {
        Drain { books: self.books }
    }
}

impl<'a> IntoIterator for &'a Shelf {
    type Item = &'a String;
    type IntoIter = Titles<'a>;
    fn into_iter(self) -> Titles<'a> {
        Titles { shelf: self, at: 0 }
    }
}

fn count_all<T, I: IntoIterator<Item = T>>(items: I) -> usize {
    let mut n = 0;
    for _ in items {
        n += 1;
    }
    n
}

fn main() {
    let shelf = Shelf { books: vec![String::from("Dune"), String::from("Emma")] };
    for b in &shelf {
        print!("{} ", b.len());
    }
    println!();
    println!("{}", count_all(&shelf));
    let lens: Vec<usize> = (&shelf).into_iter().map(|b| b.len()).collect();
    println!("{:?}", lens);
    for b in shelf {
        println!("{}", b);
    }
    println!("{} {}", count_all(vec![1, 2, 3]), count_all((0..5).filter(|x| x % 2 == 0)));
}
