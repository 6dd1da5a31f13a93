//@ compile-fail
//@ spec: 12.11, 14.1
// A `&self` or `&mut self` method only borrows the struct: returning or binding one of its
// non-Copy fields by value would leave the owner with a hole, so it is E0507; Copy fields
// and clones are fine.
struct Account {
    owner: String,
    tags: Vec<String>,
    balance: u64,
}

impl Account {
    fn owner(&self) -> String {
        self.owner //~ ERROR E0507
    }
    fn balance(&self) -> u64 {
        self.balance
    }
    fn owner_copy(&self) -> String {
        self.owner.clone()
    }
    fn clear_tags(&mut self) -> Vec<String> {
        let old = self.tags; //~ ERROR E0507
        self.tags = Vec::new();
        old
    }
}

fn main() {
    let a = Account { owner: String::from("ann"), tags: Vec::new(), balance: 5 };
    println!("{} {} {}", a.owner(), a.balance(), a.owner_copy());
}
