def not_a_test(): pass
